import { useEffect, useState } from 'react';
import { api } from '../../api/client';
import { addSample, etaFrom, type ProgressSamples } from '../../review/use-progress-eta';

/**
 * Follows a take's transcription job as it reports progress, without
 * reloading the whole review each time; `onSettled` runs when the job
 * finishes or fails so the page can load the result.
 */
export function useLiveProgress(attemptId: string, onSettled: () => void) {
  const [samples, setSamples] = useState<ProgressSamples | null>(null);
  useEffect(() => {
    return api.on('transcription.job', (job) => {
      if (job.attemptId !== attemptId) return;
      if (job.status === 'running') setSamples((previous) => addSample(previous, job.id, job.progress, Date.now()));
      else onSettled();
    });
  }, [attemptId, onSettled]);
  return {
    progressFor: (jobId: string) => (samples?.jobId === jobId ? samples.latest.progress : null),
    etaSeconds: samples ? etaFrom(samples.first, samples.latest) : null,
  };
}
