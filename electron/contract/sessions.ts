import { z } from 'zod';
import { call, id, isoDate } from './define';
import { interviewerOptionsSchema } from './follow-ups';
import { timeZoneSchema } from './progress';

/** How long the interview is: a number of questions, or a total time the questions' targets fit into. */
export const sessionLengthSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('count'), count: z.number().int().min(1).max(50) }),
  z.object({ kind: z.literal('minutes'), minutes: z.number().int().min(1).max(180) }),
]);

export const sessionOptionsSchema = z
  .object({
    /** One deck, or every deck when null. */
    deckId: id.nullable().default(null),
    /** Section paths (or their top-level parts) to draw from; empty means all. */
    sections: z.array(z.string().max(500)).max(100).default([]),
    difficulties: z.array(z.string().max(40)).max(20).default([]),
    behavioralOnly: z.boolean().default(false),
    /** Only questions due for review today. */
    dueOnly: z.boolean().default(false),
    length: sessionLengthSchema.default({ kind: 'count', count: 5 }),
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
export type SessionOptions = z.infer<typeof sessionOptionsSchema>;
export type SessionOptionsInput = z.input<typeof sessionOptionsSchema>;

export const sessionStatusSchema = z.enum(['active', 'paused', 'completed', 'quit']);
export type SessionStatus = z.infer<typeof sessionStatusSchema>;

export const sessionItemSchema = z.object({
  position: z.number().int().min(0),
  questionId: id.nullable(),
  deckId: id.nullable(),
  prompt: z.string(),
  section: z.string(),
  kind: z.string(),
  targetSeconds: z.number().int().positive(),
  attemptId: id.nullable(),
  status: z.enum(['pending', 'answered', 'skipped']),
  answeredAt: isoDate.nullable(),
});
export type SessionItem = z.infer<typeof sessionItemSchema>;

export const sessionSchema = z.object({
  id,
  title: z.string(),
  deckId: id.nullable(),
  options: sessionOptionsSchema,
  status: sessionStatusSchema,
  /** The next question to ask (== items.length once all were asked). */
  currentIndex: z.number().int().min(0),
  thinkSeconds: z.number().int().min(0),
  createdAt: isoDate,
  updatedAt: isoDate,
  finishedAt: isoDate.nullable(),
  items: z.array(sessionItemSchema),
});
export type Session = z.infer<typeof sessionSchema>;

export const sessionSummarySchema = sessionSchema.omit({ items: true, options: true }).extend({
  questionCount: z.number().int().min(0),
  answeredCount: z.number().int().min(0),
});
export type SessionSummary = z.infer<typeof sessionSummarySchema>;

const score = z.number().min(0).max(100);
const breakdownKey = z.enum(['content', 'delivery', 'timing', 'structure']);

export const sessionReportSchema = z.object({
  session: sessionSummarySchema,
  rows: z.array(
    z.object({
      position: z.number().int().min(0),
      prompt: z.string(),
      section: z.string(),
      attemptId: id.nullable(),
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
            attemptId: id,
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
export type SessionReport = z.infer<typeof sessionReportSchema>;

const sessionRef = z.object({ sessionId: id }).strict();
const itemRef = z.object({ sessionId: id, position: z.number().int().min(0) }).strict();

export const sessionCalls = {
  'sessions.preview': call(
    'Which questions a mock interview with these options would ask, and how long it would take.',
    sessionOptionsSchema,
    z.object({
      available: z.number().int().min(0),
      questions: z.array(
        sessionItemSchema.pick({ questionId: true, prompt: true, section: true, targetSeconds: true }),
      ),
      estimatedSeconds: z.number().min(0),
    }),
  ),
  'sessions.create': call(
    'Start a mock interview: picks the questions and fixes their order.',
    sessionOptionsSchema,
    sessionSchema,
  ),
  'sessions.get': call('A mock interview with its questions and takes.', sessionRef, sessionSchema),
  'sessions.list': call(
    'Mock interviews, newest first; unfinished ones can be resumed.',
    z
      .object({ status: z.array(sessionStatusSchema).optional(), limit: z.number().int().min(1).max(200).default(50) })
      .strict(),
    z.array(sessionSummarySchema),
  ),
  'sessions.answer': call(
    'Link a recorded take to a question of the interview and move on to the next.',
    itemRef.extend({ attemptId: id }).strict(),
    sessionSchema,
  ),
  'sessions.skip': call('Skip a question and move on.', itemRef, sessionSchema),
  'sessions.pause': call('Pause; the interview can be resumed later, even after a restart.', sessionRef, sessionSchema),
  'sessions.resume': call('Resume a paused interview at the next unanswered question.', sessionRef, sessionSchema),
  'sessions.finish': call(
    'End the interview: completed, or quit early (takes already recorded are kept).',
    sessionRef.extend({ reason: z.enum(['completed', 'quit']) }).strict(),
    sessionSchema,
  ),
  'sessions.report': call(
    'Scores, time against target and averages of a mock interview.',
    sessionRef,
    sessionReportSchema,
  ),
  'sessions.exportMarkdown': call(
    'The session report as a Markdown document.',
    sessionRef,
    z.object({ fileName: z.string(), markdown: z.string() }),
  ),
  'sessions.delete': call(
    'Delete a mock interview record (its takes stay with their questions).',
    sessionRef,
    z.object({ ok: z.literal(true) }),
  ),
};
