import { z } from 'zod';
import type { ErrorReason } from '@contract';
import { AppError } from '@contract/app-error';
import type { FollowUp } from '@contract/follow-ups';

/**
 * The JSON the model must return: each follow-up with the key points it
 * probes (by number), the reason, and why it is asked. Sent as a strict JSON
 * schema and checked again on arrival.
 */
export const interviewerOutputSchema = z
  .object({
    followUps: z.array(
      z
        .object({
          question: z.string(),
          keyPoints: z.array(z.number().int()),
          reason: z.enum(['missed', 'partly', 'claim']),
          why: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
export type InterviewerOutput = z.infer<typeof interviewerOutputSchema>;

// The contract's limits on a follow-up; a longer question is the model lecturing, not asking.
const maxQuestionChars = 600;
const maxWhyChars = 300;

type FollowUpMisfit = Extract<ErrorReason, `follow-up-${string}`>;

const failed = (reason: FollowUpMisfit, number?: number) =>
  new AppError('ENGINE_FAILED', { reason, who: 'interviewer', ...(number === undefined ? {} : { number }) });

/**
 * The follow-ups as the app stores them, at most `count`. A reply that names
 * a key point that does not exist, asks about a covered point for any reason
 * but a claim, or asks nothing while points are left open is refused whole:
 * the built-in interviewer asks instead.
 */
export function followUpsFromOutput(
  points: readonly { text: string; status: 'covered' | 'partly' | 'missed' }[],
  output: InterviewerOutput,
  count: number,
): FollowUp[] {
  const followUps = output.followUps.slice(0, count).map((f, index): FollowUp => {
    const text = f.question.replace(/\s+/g, ' ').trim();
    if (!text) throw failed('follow-up-empty', index + 1);
    if (text.length > maxQuestionChars) throw failed('follow-up-too-long', index + 1);
    const numbers = [...new Set(f.keyPoints)];
    if (numbers.length === 0) throw failed('follow-up-no-point', index + 1);
    const probed = numbers.map((n) => {
      const point = points[n - 1];
      if (!point) throw failed('follow-up-unknown-point', n);
      return point;
    });
    if (f.reason !== 'claim' && probed.some((p) => p.status === 'covered'))
      throw failed('follow-up-covered-point', index + 1);
    const why = f.why.trim().slice(0, maxWhyChars);
    return {
      text,
      probes: probed.map((p) => p.text),
      reason: f.reason,
      generator: 'llm',
      ...(why ? { why } : {}),
    };
  });
  if (followUps.length === 0 && points.some((p) => p.status !== 'covered')) throw failed('follow-up-none');
  return followUps;
}
