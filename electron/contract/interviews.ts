import { z } from 'zod';
import { call, id, isoDate } from './define';
import { interviewerOptionsSchema } from './follow-ups';
import { timeZoneSchema } from './progress';

/** How long the interview is: a number of questions, or a total time the questions' targets fit into. */
export const interviewLengthSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), count: z.number().int().min(1).max(50) }),
  z.object({ kind: z.literal('minutes'), minutes: z.number().int().min(1).max(180) }),
]);

export const interviewOptionsSchema = z
  .object({
    /** One deck, or every deck when null. */
    deckId: id.nullable().default(null),
    /** Section paths (or their top-level parts) to draw from; empty means all. */
    sections: z.array(z.string().max(500)).max(100).default([]),
    difficulties: z.array(z.string().max(40)).max(20).default([]),
    behavioralOnly: z.boolean().default(false),
    /** Only questions due for practice today. */
    dueOnly: z.boolean().default(false),
    length: interviewLengthSchema.default({ kind: 'count', count: 5 }),
    /** Due and never-practised questions first (then shuffled), fully random, or in deck order. */
    order: z.enum(['due-first', 'random', 'deck']).default('due-first'),
    /** Show each take's feedback between questions instead of only at the end. */
    feedbackBetween: z.boolean().default(false),
    timeZone: timeZoneSchema.default('UTC'),
    /** Follow-up questions after each answer, and how the interviewer asks them. */
    interviewer: interviewerOptionsSchema.prefault({}),
    /** Fixes the shuffle (tests); a fresh one is drawn otherwise. */
    seed: z.number().int().min(0).optional(),
  })
  .strict();
export type InterviewOptions = z.infer<typeof interviewOptionsSchema>;
export type InterviewOptionsInput = z.input<typeof interviewOptionsSchema>;

export const interviewStatusSchema = z.enum(['active', 'paused', 'completed', 'quit']);
export type InterviewStatus = z.infer<typeof interviewStatusSchema>;

export const interviewItemSchema = z.object({
  position: z.number().int().min(0),
  questionId: id.nullable(),
  deckId: id.nullable(),
  prompt: z.string(),
  section: z.string(),
  kind: z.string(),
  targetSeconds: z.number().int().positive(),
  takeId: id.nullable(),
  status: z.enum(['pending', 'answered', 'skipped']),
  answeredAt: isoDate.nullable(),
});
export type InterviewItem = z.infer<typeof interviewItemSchema>;

export const interviewSchema = z.object({
  id,
  title: z.string(),
  deckId: id.nullable(),
  options: interviewOptionsSchema,
  status: interviewStatusSchema,
  /** The next question to ask (== items.length once all were asked). */
  currentIndex: z.number().int().min(0),
  thinkSeconds: z.number().int().min(0),
  createdAt: isoDate,
  updatedAt: isoDate,
  finishedAt: isoDate.nullable(),
  items: z.array(interviewItemSchema),
});
export type Interview = z.infer<typeof interviewSchema>;

export const interviewSummarySchema = interviewSchema.omit({ items: true, options: true }).extend({
  questionCount: z.number().int().min(0),
  answeredCount: z.number().int().min(0),
});
export type InterviewSummary = z.infer<typeof interviewSummarySchema>;

const score = z.number().min(0).max(100);
const breakdownKey = z.enum(['content', 'delivery', 'timing', 'structure']);

export const interviewReportSchema = z.object({
  interview: interviewSummarySchema,
  rows: z.array(
    z.object({
      position: z.number().int().min(0),
      prompt: z.string(),
      section: z.string(),
      takeId: id.nullable(),
      /** unanswered/skipped: no take; processing: transcription or scoring still running; failed: it stopped. */
      state: z.enum(['unanswered', 'skipped', 'processing', 'failed', 'scored']),
      overall: score.nullable(),
      breakdown: z.record(breakdownKey, score).nullable(),
      durationSeconds: z.number().min(0).nullable(),
      targetSeconds: z.number().int().positive(),
      /** Seconds past the target (negative when under). */
      overSeconds: z.number().nullable(),
      timing: z.enum(['under', 'on', 'over']).nullable(),
      wpm: z.number().min(0).nullable(),
      fillersPerMinute: z.number().min(0).nullable(),
      /** The interviewer's follow-ups on this answer, each scored against the key points it probes. */
      followUps: z
        .array(
          z.object({
            takeId: id,
            text: z.string(),
            probes: z.array(z.string()),
            /** Who asked it: the built-in interviewer or the LLM one. */
            generator: z.enum(['offline', 'llm']).default('offline'),
            state: z.enum(['processing', 'failed', 'scored']),
            overall: score.nullable(),
            content: score.nullable(),
          }),
        )
        .default([]),
      /** Key points missed in the answer but covered in a follow-up: recovered on prompting. */
      recovered: z.array(z.string()).default([]),
    }),
  ),
  averages: z.object({
    overall: score.nullable(),
    wpm: z.number().nullable(),
    fillersPerMinute: z.number().nullable(),
    /** Total seconds spent past the targets, over the answers that ran long. */
    secondsOverTarget: z.number().min(0),
    answersOverTarget: z.number().int().min(0),
    answered: z.number().int().min(0),
    scored: z.number().int().min(0),
  }),
  /** Breakdown areas from weakest to strongest, averaged over the scored answers. */
  weakestAreas: z.array(z.object({ area: breakdownKey, average: score })),
  norms: z.object({ wpmMin: z.number(), wpmMax: z.number(), fillersPerMinuteMax: z.number(), tolerance: z.number() }),
});
export type InterviewReport = z.infer<typeof interviewReportSchema>;

const interviewRef = z.object({ interviewId: id }).strict();
const itemRef = z.object({ interviewId: id, position: z.number().int().min(0) }).strict();

export const interviewCalls = {
  'interviews.preview': call(
    'Which questions a mock interview with these options would ask, and how long it would take.',
    interviewOptionsSchema,
    z.object({
      available: z.number().int().min(0),
      questions: z.array(
        interviewItemSchema.pick({ questionId: true, prompt: true, section: true, targetSeconds: true }),
      ),
      estimatedSeconds: z.number().min(0),
    }),
  ),
  'interviews.create': call(
    'Start a mock interview: picks the questions and fixes their order.',
    interviewOptionsSchema,
    interviewSchema,
  ),
  'interviews.get': call('A mock interview with its questions and takes.', interviewRef, interviewSchema),
  'interviews.list': call(
    'Mock interviews, newest first; unfinished ones can be resumed.',
    z
      .object({
        status: z.array(interviewStatusSchema).optional(),
        limit: z.number().int().min(1).max(200).default(50),
      })
      .strict(),
    z.array(interviewSummarySchema),
  ),
  'interviews.answer': call(
    'Link a recorded take to a question of the interview and move on to the next.',
    itemRef.extend({ takeId: id }).strict(),
    interviewSchema,
  ),
  'interviews.skip': call('Skip a question and move on.', itemRef, interviewSchema),
  'interviews.pause': call(
    'Pause; the interview can be resumed later, even after a restart.',
    interviewRef,
    interviewSchema,
  ),
  'interviews.resume': call(
    'Resume a paused interview at the next unanswered question.',
    interviewRef,
    interviewSchema,
  ),
  'interviews.finish': call(
    'End the interview: completed, or quit early (takes already recorded are kept).',
    interviewRef.extend({ reason: z.enum(['completed', 'quit']) }).strict(),
    interviewSchema,
  ),
  'interviews.report': call(
    'Scores, time against target and averages of a mock interview.',
    interviewRef,
    interviewReportSchema,
  ),
  'interviews.exportMarkdown': call(
    'The interview report as a Markdown document.',
    interviewRef,
    z.object({ fileName: z.string(), markdown: z.string() }),
  ),
  'interviews.delete': call(
    'Delete a mock interview record (its takes stay with their questions).',
    interviewRef,
    z.object({ ok: z.literal(true) }),
  ),
};
