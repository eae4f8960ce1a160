// What an import finds in a guide, before anything is saved. The CLI prints
// exactly this shape and the import preview in the UI is built from it.
import { z } from 'zod';

export const questionKindSchema = z.enum(['technical', 'behavioral', 'pitch', 'scenario']);
export type QuestionKind = z.infer<typeof questionKindSchema>;

export const difficultySchema = z.enum(['easy', 'medium', 'hard']);
export type Difficulty = z.infer<typeof difficultySchema>;

export const targetSourceSchema = z.enum(['stated', 'default']);
export type TargetSource = z.infer<typeof targetSourceSchema>;

/** Longest target anyone can set: a 30-minute case presentation. */
export const maxTargetSeconds = 1800;

/**
 * How a default timing target is derived from a model answer. 150 words per
 * minute is the middle of the 130-160 wpm range usually cited for clear
 * conversational speech; targets are rounded so the clock shows friendly numbers.
 * It lives in the contract because the importer and the import preview (which
 * recomputes a target as the user edits an answer) must agree to the second.
 */
export interface TargetOptions {
  wordsPerMinute: number;
  roundToSeconds: number;
  minSeconds: number;
  maxSeconds: number;
}

export const defaultTargetOptions: TargetOptions = {
  wordsPerMinute: 150,
  roundToSeconds: 15,
  minSeconds: 30,
  maxSeconds: 300,
};

const word = /[\p{L}\p{N}]+(?:['’.\-/][\p{L}\p{N}]+)*/gu;

/** Words a person would say; code and markup are not read out. */
export function countWords(text: string): number {
  return text.match(word)?.length ?? 0;
}

// The importer skips code blocks and HTML using the parsed Markdown; an edited answer has no parse tree,
// so fenced blocks, comments and tags are cut by pattern, which covers what guides put in answers.
const unspoken =
  /^ {0,3}(`{3,}|~{3,})[^\n]*\n[\s\S]*?(?:^ {0,3}\1[`~]*[ \t]*$|(?![\s\S]))|<!--[\s\S]*?-->|<\/?[a-z][^>]*>/gim;

/** Words of a Markdown answer that would be said aloud. */
export function spokenWords(markdown: string): number {
  return countWords(markdown.replace(unspoken, ' '));
}

/** Seconds it takes to say `words` at the configured pace. */
export function speakingSeconds(words: number, options: TargetOptions = defaultTargetOptions): number {
  return (words / Math.max(1, options.wordsPerMinute)) * 60;
}

/** The target for an answer whose guide states none: its speaking time, rounded and kept in bounds. */
export function defaultTarget(words: number, options: TargetOptions = defaultTargetOptions): number {
  const step = Math.max(1, options.roundToSeconds);
  const rounded = Math.round(speakingSeconds(words, options) / step) * step;
  const upper = Math.min(maxTargetSeconds, Math.max(options.minSeconds, options.maxSeconds));
  return Math.max(1, Math.min(upper, Math.max(options.minSeconds, rounded)));
}

/** Another way to answer the same question ("Short (30s)" / "Longer (90s)"); the user picks which to rehearse. */
export const alternativeAnswerSchema = z.object({
  /** What the guide calls this version, timing note included: "Longer (90s)". */
  label: z.string().max(200),
  modelAnswer: z.string().max(100_000),
  targetSeconds: z.number().int().positive().max(maxTargetSeconds),
});
export type AlternativeAnswer = z.infer<typeof alternativeAnswerSchema>;

export const importedQuestionSchema = z.object({
  prompt: z.string(),
  modelAnswer: z.string(),
  section: z.string(),
  difficulty: difficultySchema.nullable(),
  kind: questionKindSchema,
  targetSeconds: z.number().int().positive().max(maxTargetSeconds),
  targetSource: targetSourceSchema,
  /** 1-based line (Markdown) or row (CSV/JSON item) in the source; 0 when unknown. */
  line: z.number().int().min(0),
  // Optional extras, present only when the guide has them; the fields above keep their meaning.
  /** Which version of the answer `modelAnswer` is, when the guide gives several ("Short (30s)"). */
  answerLabel: z.string().max(200).optional(),
  /** The guide's other versions of the answer, each with its own target. */
  alternatives: z.array(alternativeAnswerSchema).max(20).optional(),
  /** Coaching on how to answer ("How to Answer"): shown beside the question, never scored. */
  notes: z.string().max(100_000).optional(),
  /** Where the answer comes from, as the guide cites it ("Reference: https://…"). */
  sourceNote: z.string().max(2000).optional(),
  /** Labels the guide gives the question ("Tags: valuation, dcf"). */
  tags: z.array(z.string().max(100)).max(50).optional(),
});
export type ImportedQuestion = z.infer<typeof importedQuestionSchema>;

export const skippedItemSchema = z.object({
  text: z.string(),
  line: z.number().int().min(0),
  reason: z.string(),
});
export type SkippedItem = z.infer<typeof skippedItemSchema>;

export const importWarningSchema = z.object({
  line: z.number().int().min(0).nullable(),
  message: z.string(),
});
export type ImportWarning = z.infer<typeof importWarningSchema>;

export const importResultSchema = z.object({
  title: z.string(),
  questions: z.array(importedQuestionSchema),
  skipped: z.array(skippedItemSchema),
  warnings: z.array(importWarningSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export const importFormatSchema = z.enum(['markdown', 'csv', 'json']);
export type ImportFormat = z.infer<typeof importFormatSchema>;

/** Why something that looked like a question was left out; the preview offers to keep `noModelAnswer` items. */
export const skipReasons = {
  noModelAnswer: 'no model answer',
  checklist: 'checklist',
  askInterviewer: 'question to ask the interviewer',
  tips: 'tips, pitfalls or reminders',
  timedAgenda: 'timed agenda item, not a prompt',
} as const;
