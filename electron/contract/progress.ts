import { z } from 'zod';
import { call, id, isoDate } from './define';

const validZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/** The user's IANA time zone: streaks, weeks and "today" are counted in it. */
export const timeZoneSchema = z.string().min(1).max(64).refine(validZone, 'Unknown time zone.');

const dayKey = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const count = z.number().int().min(0);
const score = z.number().min(0).max(100);

export const dayPointSchema = z.object({ day: dayKey, average: z.number(), count });
export type DayPoint = z.infer<typeof dayPointSchema>;

export const seriesSchema = z.object({
  key: z.string(),
  label: z.string(),
  takes: count,
  points: z.array(dayPointSchema),
});
export type ScoreSeries = z.infer<typeof seriesSchema>;

export const deliveryNormsSchema = z.object({
  wpmMin: z.number(),
  wpmMax: z.number(),
  fillersPerMinuteMax: z.number(),
  /** Pitch spread (semitones) below which a voice sounds flat; absent from older servers. */
  monotoneSemitones: z.number().optional(),
});
export type DeliveryNorms = z.infer<typeof deliveryNormsSchema>;

const dueCountsSchema = z.object({ dueToday: count, newQuestions: count, totalQuestions: count });
export const dueSummarySchema = dueCountsSchema.extend({
  byDeck: z.array(dueCountsSchema.extend({ deckId: id, title: z.string() })),
});
export type DueSummary = z.infer<typeof dueSummarySchema>;

const questionRef = z.object({
  questionId: id,
  deckId: id,
  deckTitle: z.string(),
  prompt: z.string(),
  section: z.string(),
});

export const weakQuestionSchema = questionRef.extend({
  recentAverage: score,
  lastScore: score,
  takes: count,
  lastTakenAt: isoDate,
  due: isoDate.nullable(),
});
export type WeakQuestion = z.infer<typeof weakQuestionSchema>;

export const dueQuestionSchema = questionRef.extend({
  due: isoDate,
  overdueDays: count,
  lastScore: score.nullable(),
  reps: count,
});
export type DueQuestion = z.infer<typeof dueQuestionSchema>;

export const progressOverviewSchema = z.object({
  timeZone: z.string(),
  totals: z.object({ takes: count, scoredTakes: count, questionsPractised: count, minutes: z.number().min(0) }),
  streak: z.object({ current: count, longest: count, practisedToday: z.boolean(), lastDay: dayKey.nullable() }),
  weeks: z.array(z.object({ weekStart: dayKey, minutes: z.number().min(0), takes: count })),
  /** Scores, pace and fillers are averaged per day, or per week (keyed by its Monday) for long histories. */
  granularity: z.enum(['day', 'week']),
  scores: z.object({
    overall: z.array(dayPointSchema),
    byDeck: z.array(seriesSchema),
    bySection: z.array(seriesSchema),
  }),
  delivery: z.object({
    points: z.array(
      z.object({
        day: dayKey,
        wpm: z.number().nullable(),
        fillersPerMinute: z.number().nullable(),
        /** Average pitch spread in semitones of the period's takes whose voice was measured. */
        pitchSpread: z.number().nullable().optional(),
        count,
      }),
    ),
    norms: deliveryNormsSchema,
  }),
  weakest: z.array(weakQuestionSchema),
  due: dueSummarySchema,
});
export type ProgressOverview = z.infer<typeof progressOverviewSchema>;

const zoneInput = z.object({ timeZone: timeZoneSchema }).strict();

export const progressCalls = {
  'progress.overview': call(
    'Everything the progress page shows: scores, pace and fillers over time, weakest questions, streak, minutes per week, due counts.',
    zoneInput.extend({ weeks: z.number().int().min(1).max(104).default(12) }).strict(),
    progressOverviewSchema,
  ),
  'progress.dueCounts': call(
    'How many questions are due today (and new), overall and per deck.',
    zoneInput,
    dueSummarySchema,
  ),
  'progress.due': call(
    'Questions due for practice by the end of today, most overdue first.',
    zoneInput.extend({ deckId: id.optional(), limit: z.number().int().min(1).max(500).default(100) }).strict(),
    z.array(dueQuestionSchema),
  ),
};
