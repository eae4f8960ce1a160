import { z } from 'zod';
import { AppError } from '@contract/app-error';
import { judgeVerdictSchema, type JudgedPoint } from '@contract/judge';

/**
 * The JSON the model must return: one verdict per key point, by number.
 * Sent as a strict JSON schema and checked again on arrival.
 */
export const judgeOutputSchema = z
  .object({
    verdicts: z.array(
      z
        .object({
          keyPoint: z.number().int(),
          verdict: judgeVerdictSchema,
          quote: z.string(),
        })
        .strict(),
    ),
  })
  .strict();
export type JudgeOutput = z.infer<typeof judgeOutputSchema>;

// Enough for a sentence of evidence; a longer "quote" is the model pasting the whole answer.
const quoteLimit = 300;

/**
 * The verdicts in the key points' order. A reply that skips a point, judges
 * one twice or names one that does not exist is refused rather than shown
 * half right beside the local score.
 */
export function judgedPoints(keyPoints: readonly string[], output: JudgeOutput): JudgedPoint[] {
  const byNumber = new Map<number, JudgeOutput['verdicts'][number]>();
  for (const v of output.verdicts) {
    if (v.keyPoint < 1 || v.keyPoint > keyPoints.length || byNumber.has(v.keyPoint))
      throw new AppError('ENGINE_FAILED', { reason: 'judge-misnamed-point', number: v.keyPoint });
    byNumber.set(v.keyPoint, v);
  }
  return keyPoints.map((keyPoint, index) => {
    const v = byNumber.get(index + 1);
    if (!v) throw new AppError('ENGINE_FAILED', { reason: 'judge-missed-point', number: index + 1 });
    const quote = v.verdict === 'missed' ? '' : v.quote.trim();
    return {
      keyPoint,
      verdict: v.verdict,
      quote: quote.length > quoteLimit ? `${quote.slice(0, quoteLimit - 1)}…` : quote,
    };
  });
}
