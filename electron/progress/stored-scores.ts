import { z } from 'zod';
import type { Db } from '../store/database';
import type { ScoreSource, TakeScore } from './take-history';

const score = z.number().min(0).max(100);

// The parts of the scorer's report (electron/scoring/report.ts) progress reads; anything else may change freely.
const reportSchema = z.object({
  overall: score,
  breakdown: z.object({ content: score, delivery: score, timing: score, structure: score }).partial().optional(),
  delivery: z
    .object({ wpm: z.number().min(0), fillers: z.object({ perMinute: z.number().min(0) }).partial() })
    .partial()
    .optional(),
});

/** Reads a stored score report; null when it is missing or unreadable, so one bad row never hides the rest. */
export function takeScoreFromReport(json: string | null): TakeScore | null {
  if (!json) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = reportSchema.safeParse(value);
  if (!parsed.success) return null;
  const { overall, breakdown, delivery } = parsed.data;
  return {
    overall,
    content: breakdown?.content ?? null,
    delivery: breakdown?.delivery ?? null,
    timing: breakdown?.timing ?? null,
    structure: breakdown?.structure ?? null,
    wpm: delivery?.wpm ?? null,
    fillersPerMinute: delivery?.fillers?.perMinute ?? null,
  };
}

/** The latest finished scoring result of each take. */
export const storedScores: ScoreSource = (db: Db) => {
  const rows = db
    .prepare(
      `SELECT attempt_id, result FROM jobs
       WHERE kind = 'score' AND status = 'done' AND attempt_id IS NOT NULL ORDER BY updated_at`,
    )
    .all() as { attempt_id: string; result: string | null }[];
  const scores = new Map<string, TakeScore>();
  for (const row of rows) {
    const parsed = takeScoreFromReport(row.result);
    if (parsed) scores.set(row.attempt_id, parsed);
  }
  return scores;
};
