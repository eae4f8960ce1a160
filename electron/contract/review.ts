import { z } from 'zod';
import { takeSchema } from './takes';
import { errorDetailSchema, jobErrorSchema } from './error-detail';
import { questionSchema } from './decks';
import { call, id, isoDate } from './define';
import { judgedPointSchema } from './judge';
import { presenceTrackSchema, presenceViewSchema } from './presence';
import { wordSchema } from './transcription';

const score = z.number().min(0).max(100);
const seconds = z.number().min(0);

/** Something worth seeing on the transcript and the timeline, tied to the words it rests on. */
export const reviewMarkSchema = z.object({
  kind: z.enum(['filler', 'hedge', 'pause', 'repeat']),
  /** First transcript word of the mark; for a pause, the word before the silence. */
  wordIndex: z.number().int().min(0),
  wordCount: z.number().int().min(0),
  text: z.string(),
  start: seconds,
  end: seconds,
});
export type ReviewMark = z.infer<typeof reviewMarkSchema>;

export const keyPointViewSchema = z.object({
  text: z.string(),
  status: z.enum(['covered', 'partly', 'missed']),
  /** Transcript words that covered it (indices into the transcript's words). */
  wordIndices: z.array(z.number().int().min(0)),
  /** True when those words say the point in the speaker's own words rather than the model answer's. */
  inOtherWords: z.boolean().optional(),
});
export type KeyPointView = z.infer<typeof keyPointViewSchema>;

export const breakdownKeySchema = z.enum(['content', 'delivery', 'timing', 'structure']);
export type BreakdownKey = z.infer<typeof breakdownKeySchema>;

const span = z.object({ start: seconds, end: seconds });
const share = z.number().min(0).max(1);
const paceWindowSchema = span.extend({ wpm: z.number().min(0) });

/**
 * What the voice says beyond the words, measured from the take's WAV: pitch variation in semitones from the
 * speaker's own median, volume in dBFS, sentences that trail off, and pace per 10 s window.
 */
export const voiceViewSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('measured'),
    /** Typical pitch spread (standard deviation, semitones) over 8 s windows, and the norm below which it is flat. */
    pitchSpread: z.number().min(0),
    pitchSpreadNorm: z.number().min(0),
    /** 5th to 95th percentile of the pitch over the answer, semitones. */
    pitchRange: z.number().min(0),
    medianHz: z.number().min(0),
    monotone: z.array(span),
    monotoneShare: share,
    volumeDb: z.number().nullable(),
    /** How far loudness wandered between 8 s windows (standard deviation, dB), beside the norm. */
    volumeSpreadDb: z.number().min(0).nullable(),
    volumeSpreadMaxDb: z.number().min(0),
    trailingOff: z.object({ count: z.number().int().min(0), sentences: z.number().int().min(0), share }).nullable(),
    trailOffDb: z.number().min(0),
    pace: z.array(paceWindowSchema),
    /** The timeline's voice lane: pitch in semitones (null where unvoiced) and level in dBFS every `stepSeconds`. */
    lane: z.object({
      stepSeconds: z.number().positive(),
      pitch: z.array(z.number().nullable()).max(200_000),
      db: z.array(z.number()).max(200_000),
    }),
  }),
  z.object({ status: z.literal('not-enough'), reason: z.string(), pace: z.array(paceWindowSchema) }),
]);
export type VoiceView = z.infer<typeof voiceViewSchema>;

/** A score report shaped for people: every figure beside its norm. */
export const feedbackSchema = z.object({
  overall: score,
  breakdown: z.array(z.object({ key: breakdownKeySchema, score, weight: z.number().min(0).max(1) })),
  keyPoints: z.array(keyPointViewSchema),
  delivery: z.object({
    wpm: z.number().min(0),
    wpmNorm: z.tuple([z.number(), z.number()]),
    fillerCount: z.number().int().min(0),
    fillersPerMinute: z.number().min(0),
    fillersPerMinuteMax: z.number().min(0),
    pauseCount: z.number().int().min(0),
    longPauseSeconds: seconds,
    hedgeCount: z.number().int().min(0),
    firstWordSeconds: seconds.nullable(),
    /** Absent on takes scored before voice measures existed, or without a recording. */
    voice: voiceViewSchema.optional(),
  }),
  timing: z.object({
    durationSeconds: seconds,
    targetSeconds: seconds.nullable(),
    /** Share of the target still counted as on time (0.15 = ±15%). */
    tolerance: z.number().min(0).max(1),
    verdict: z.enum(['under', 'on', 'over', 'no-target']),
  }),
  structure: z
    .object({
      kind: z.string(),
      parts: z.array(z.object({ name: z.string(), present: z.boolean() })),
      notes: z.array(z.string()),
    })
    .nullable(),
  tips: z.array(z.string()),
  marks: z.array(reviewMarkSchema),
  /** The optional LLM coach's notes on this take; null when it is off or has not answered. */
  coach: z
    .object({
      summary: z.string().nullable(),
      strengths: z.array(z.string()),
      missed: z.array(z.string()),
      tightened: z.string().nullable(),
      rubric: z.array(z.object({ label: z.string(), score: z.number(), max: z.number(), reason: z.string() })),
      model: z.string(),
    })
    .nullable(),
  /** The coach is still working on this take. */
  coachPending: z.boolean(),
  /**
   * The optional LLM judge's verdicts on these key points, shown beside the local ones, never instead;
   * null when it is off or was never asked about this score.
   */
  judge: z
    .object({
      state: z.enum(['running', 'done', 'failed']),
      model: z.string(),
      promptVersion: z.number().int().positive(),
      /** Why it failed; null unless failed. */
      error: jobErrorSchema.nullable(),
      points: z.array(judgedPointSchema),
    })
    .nullable(),
});
export type Feedback = z.infer<typeof feedbackSchema>;

/** Where a take is on its way to feedback. Feedback is shown only at "ready". */
export const reviewStageSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('recording') }),
  z.object({ state: z.literal('queued'), jobId: id.nullable() }),
  z.object({ state: z.literal('transcribing'), jobId: id, progress: z.number().min(0).max(1) }),
  z.object({ state: z.literal('scoring') }),
  z.object({
    state: z.literal('failed'),
    step: z.enum(['recording', 'transcription', 'scoring']),
    jobId: id.nullable(),
    code: z.string(),
    detail: errorDetailSchema,
  }),
  z.object({ state: z.literal('ready') }),
]);
export type ReviewStage = z.infer<typeof reviewStageSchema>;

export const reviewTranscriptSchema = z.object({
  text: z.string(),
  words: z.array(wordSchema),
  language: z.string(),
  engine: z.string(),
  model: z.string(),
  /** The user corrected it; the recogniser's version is kept and can be restored. */
  edited: z.boolean(),
  editedAt: isoDate.nullable(),
});
export type ReviewTranscript = z.infer<typeof reviewTranscriptSchema>;

export const reviewSchema = z.object({
  take: takeSchema,
  question: questionSchema,
  stage: reviewStageSchema,
  transcript: reviewTranscriptSchema.nullable(),
  feedback: feedbackSchema.nullable(),
  /**
   * Camera presence from the take's video: null while it has not been analysed (the review page analyses it), status
   * "off" when the user turned it off in Settings, absent for an audio-only take.
   */
  presence: presenceViewSchema.nullable().optional(),
});
export type Review = z.infer<typeof reviewSchema>;

export const takeSummarySchema = z.object({
  take: takeSchema,
  state: z.enum(['recording', 'queued', 'transcribing', 'scoring', 'failed', 'ready']),
  overall: score.nullable(),
  breakdown: feedbackSchema.shape.breakdown.nullable(),
  keyPoints: z.array(keyPointViewSchema.pick({ text: true, status: true })),
  wpm: z.number().min(0).nullable(),
  fillersPerMinute: z.number().min(0).nullable(),
  /** Typical pitch spread in semitones; absent or null when the take's voice was not measured. */
  pitchSpread: z.number().min(0).nullable().optional(),
});
export type TakeSummary = z.infer<typeof takeSummarySchema>;

export const recentTakeSchema = z.object({
  take: takeSchema,
  questionPrompt: z.string(),
  deckTitle: z.string(),
  state: takeSummarySchema.shape.state,
  overall: score.nullable(),
});
export type RecentTake = z.infer<typeof recentTakeSchema>;

export const exportFormatSchema = z.enum(['txt', 'srt', 'vtt', 'md']);
export type ExportFormat = z.infer<typeof exportFormatSchema>;

const takeRef = z.object({ takeId: id }).strict();

export const reviewCalls = {
  'review.get': call(
    'Everything the review page shows for one take: question, stage, transcript and feedback.',
    takeRef,
    reviewSchema,
  ),
  'review.takes': call(
    'Takes of one question, oldest first, each with its scores when it has them.',
    z.object({ questionId: id }).strict(),
    z.array(takeSummarySchema),
  ),
  'review.recent': call(
    'The latest takes across all decks, newest first, for the review index.',
    z
      .object({ limit: z.number().int().min(1).max(200).default(30) })
      .strict()
      .default({ limit: 30 }),
    z.array(recentTakeSchema),
  ),
  'review.retry': call('Run the failed step of a take again (transcription or scoring).', takeRef, reviewSchema),
  'review.transcript.save': call(
    'Save a corrected transcript and score it again; word times are carried over from the words it replaces.',
    z.object({ takeId: id, text: z.string().max(200_000) }).strict(),
    reviewSchema,
  ),
  'review.transcript.restore': call(
    "Drop the user's corrections and go back to the recogniser's words.",
    takeRef,
    reviewSchema,
  ),
  'review.presence.save': call(
    "Store what the camera saw in a take's video, sampled in the page after the take; null when it could not be read.",
    z.object({ takeId: id, track: presenceTrackSchema.nullable() }).strict(),
    reviewSchema,
  ),
  'review.export': call(
    'A take as text: transcript (plain, SRT, WebVTT with word timings) or the feedback report (Markdown).',
    z.object({ takeId: id, format: exportFormatSchema }).strict(),
    z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
  ),
};
