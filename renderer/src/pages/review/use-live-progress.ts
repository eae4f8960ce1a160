import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { addSample, etaFrom, type ProgressSamples } from '../../review/use-progress-eta';

/**
 * Follows a take's transcription (and coach) jobs as they report progress, without
 * reloading the whole review each time; `onSettled` runs when the job
 * finishes or fails so the page can load the result.
 */
export function useLiveProgress(takeId: string, onSettled: () => void) {
  const [samples, setSamples] = useState<ProgressSamples | null>(null);
  useEffect(() => {
    const offTranscription = api.on('transcription.job', (job) => {
      if (job.takeId !== takeId) return;
      if (job.status === 'running') setSamples((previous) => addSample(previous, job.id, job.progress, Date.now()));
      else onSettled();
    });
    // The optional coach answers a while after the local score; its notes join the page when they arrive.
    const offCoach = api.on('coach.job', (job) => {
      if (job.takeId === takeId && job.status !== 'running' && job.status !== 'queued') onSettled();
    });
    return () => {
      offTranscription();
      offCoach();
    };
  }, [takeId, onSettled]);
  return {
    progressFor: (jobId: string) => (samples?.jobId === jobId ? samples.latest.progress : null),
    etaSeconds: samples ? etaFrom(samples.first, samples.latest) : null,
  };
}
