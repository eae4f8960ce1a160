import { z } from 'zod';
import { judgeResultSchema } from '@contract/judge';
import type { Feedback } from '@contract/review';
import { parseJson } from '../store/job-table';
import type { JobSnapshot } from './review-store';

const judgePayloadSchema = z.object({ scoreJobId: z.string(), model: z.string(), promptVersion: z.number() });

/**
 * The judge's latest job on a take as the review shows it, when it is about
 * the score being shown: verdicts on an older transcript's key points would
 * sit beside points they were never asked about.
 */
export function judgeView(job: JobSnapshot | undefined, scoreJobId: string): Feedback['judge'] {
  const payload = judgePayloadSchema.safeParse(parseJson(job?.payload ?? null));
  if (!job || !payload.success || payload.data.scoreJobId !== scoreJobId) return null;
  const { model, promptVersion } = payload.data;
  if (job.status === 'queued' || job.status === 'running')
    return { state: 'running', model, promptVersion, error: null, points: [] };
  const result = job.status === 'done' ? judgeResultSchema.safeParse(parseJson(job.result)) : null;
  if (result?.success) {
    const { model: answeredBy, promptVersion: version, points } = result.data;
    return { state: 'done', model: answeredBy, promptVersion: version, error: null, points };
  }
  return {
    state: 'failed',
    model,
    promptVersion,
    error:
      job.status === 'done'
        ? { code: 'INTERNAL', detail: { reason: 'stored-result-unreadable', who: 'judge' } }
        : { code: job.errorCode ?? 'ENGINE_FAILED', detail: job.errorDetail ?? { who: 'judge' } },
    points: [],
  };
}
