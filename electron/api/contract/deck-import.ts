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
