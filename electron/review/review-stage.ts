import type { Take } from '@contract/takes';
import type { ReviewStage } from '@contract/review';
import type { JobSnapshot } from './review-store';

export interface StageInput {
  take: Take;
  /** The take's latest transcription job. */
  transcribe: JobSnapshot | undefined;
  hasTranscript: boolean;
  /** The take's latest scoring job, when it is newer than the transcript it should score. */
  pendingScore: JobSnapshot | undefined;
  hasFeedback: boolean;
}

/**
 * Where a take is on its way to feedback. "ready" only when a score of the
 * current transcript exists: the page never presents anything earlier as final.
 */
export function deriveStage({ take, transcribe, hasTranscript, pendingScore, hasFeedback }: StageInput): ReviewStage {
  if (take.status === 'recording') return { state: 'recording' };
  if (take.status === 'failed') {
    return {
      state: 'failed',
      step: 'recording',
      jobId: null,
      code: 'BAD_FILE',
      detail: { reason: 'recording-not-saved' },
    };
  }
  if (transcribe?.status === 'queued') return { state: 'queued', jobId: transcribe.id };
  if (transcribe?.status === 'running') {
    return { state: 'transcribing', jobId: transcribe.id, progress: Math.min(1, Math.max(0, transcribe.progress)) };
  }
  // Canceling a new transcription of a transcribed take leaves the take as it was: its transcript and score stand.
  const canceledOverTranscript = transcribe?.status === 'canceled' && hasTranscript;
  if (transcribe?.status === 'failed' || (transcribe?.status === 'canceled' && !canceledOverTranscript)) {
    return {
      state: 'failed',
      step: 'transcription',
      jobId: transcribe.id,
      code: transcribe.errorCode ?? (transcribe.status === 'canceled' ? 'CANCELED' : 'ENGINE_FAILED'),
      detail: transcribe.errorDetail ?? { who: 'transcription' },
    };
  }
  if (!hasTranscript) {
    if (!take.audioFile) {
      return {
        state: 'failed',
        step: 'recording',
        jobId: null,
        code: 'NOT_FOUND',
        detail: { reason: 'no-recording' },
      };
    }
    return { state: 'queued', jobId: null };
  }
  if (hasFeedback) return { state: 'ready' };
  if (pendingScore?.status === 'failed') {
    return {
      state: 'failed',
      step: 'scoring',
      jobId: pendingScore.id,
      code: pendingScore.errorCode ?? 'INTERNAL',
      detail: pendingScore.errorDetail ?? {},
    };
  }
  if (pendingScore?.status === 'done') {
    return {
      state: 'failed',
      step: 'scoring',
      jobId: pendingScore.id,
      code: 'INTERNAL',
      detail: { reason: 'stored-result-unreadable' },
    };
  }
  return { state: 'scoring' };
}
