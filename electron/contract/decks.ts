import { z } from 'zod';
import {
  alternativeAnswerSchema,
  difficultySchema,
  importFormatSchema,
  importResultSchema,
  maxTargetSeconds,
  questionKindSchema,
  targetSourceSchema,
} from './deck-import';
import { call, id, isoDate, noInput, okOutput } from './define';
import { patchSchema } from './patch';

export { questionKindSchema, type QuestionKind } from './deck-import';

/**
 * What a guide says about a question besides its model answer. Optional, so a
 * question without them reads exactly as before.
 */
function questionExtrasShape() {
  return {
    /** Coaching on how to answer: shown in the editor and the review, never scored. */
    notes: z.string().max(100_000).optional(),
    /** Where the answer comes from, as the guide cites it. */
    sourceNote: z.string().max(2000).optional(),
    tags: z.array(z.string().trim().min(1).max(100)).max(50).optional(),
    /** Which version of the answer `modelAnswer` is ("Short (30s)"), when the guide gave several. */
    answerLabel: z.string().max(200).optional(),
    /** The other versions, each with its own target; picking one swaps it with the model answer. */
    alternatives: z.array(alternativeAnswerSchema).max(20).optional(),
  };
}

export const questionSchema = z.object({
  id,
  deckId: id,
  position: z.number().int().min(0),
  prompt: z.string(),
  /** Empty when the user kept a question that has no model answer yet. */
  modelAnswer: z.string(),
  section: z.string(),
  /** "easy", "medium" or "hard" for questions saved by this version; other values read as unknown. */
  difficulty: z.string().nullable(),
  kind: questionKindSchema,
  targetSeconds: z.number().int().positive(),
  targetSource: targetSourceSchema,
  ...questionExtrasShape(),
});
export type Question = z.infer<typeof questionSchema>;

export const deckSummarySchema = z.object({
  id,
  title: z.string(),
  questionCount: z.number().int().min(0),
  takeCount: z.number().int().min(0),
  createdAt: isoDate,
  updatedAt: isoDate,
  /** True for the bundled starter deck. */
  starter: z.boolean().default(false),
});
export type DeckSummary = z.infer<typeof deckSummarySchema>;

export const deckSchema = deckSummarySchema.extend({
  questions: z.array(questionSchema),
});
export type Deck = z.infer<typeof deckSchema>;

/** A question as the user edits it: everything but its identity and place. */
export const questionInputSchema = z
  .object({
    prompt: z.string().trim().min(1).max(2000),
    modelAnswer: z.string().max(100_000),
    section: z.string().trim().max(500),
    difficulty: difficultySchema.nullable(),
    kind: questionKindSchema,
    targetSeconds: z.number().int().positive().max(maxTargetSeconds),
    targetSource: targetSourceSchema,
    ...questionExtrasShape(),
  })
  .strict();
export type QuestionInput = z.infer<typeof questionInputSchema>;

export const importPreviewSchema = importResultSchema.extend({
  format: importFormatSchema,
  /** SHA-256 of the text, so saving can recognise the same file later. */
  sourceHash: z.string(),
  /** A deck imported earlier from this file (same name or same text): saving can update it instead. */
  existingDeck: z.object({ id, title: z.string() }).nullable(),
  /** Pace the default targets were worked out at (the user's setting), so edits in the preview agree with them. */
  wordsPerMinute: z.number().positive(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;

export const saveImportResultSchema = z.object({
  deck: deckSummarySchema,
  added: z.number().int().min(0),
  updated: z.number().int().min(0),
  unchanged: z.number().int().min(0),
});
export type SaveImportResult = z.infer<typeof saveImportResultSchema>;

export const searchHitSchema = z.object({
  deckId: id,
  deckTitle: z.string(),
  questionId: id.nullable(),
  prompt: z.string().nullable(),
  section: z.string(),
  /** Where the words were found. */
  field: z.enum(['title', 'prompt', 'answer', 'section']),
});
export type SearchHit = z.infer<typeof searchHitSchema>;

const deckRef = z.object({ deckId: id }).strict();
const questionRef = z.object({ questionId: id }).strict();
const title = z.string().trim().min(1).max(200);
const importId = z.string().regex(/^[\w-]{1,100}$/);

export const deckCalls = {
  'decks.list': call('All decks, newest first.', noInput, z.array(deckSummarySchema)),
  'decks.get': call('One deck with its questions.', deckRef, deckSchema),
  'decks.create': call('A new empty deck.', z.object({ title }).strict(), deckSummarySchema),
  'decks.rename': call('Rename a deck.', z.object({ deckId: id, title }).strict(), deckSummarySchema),
  'decks.delete': call('Delete a deck, its questions, takes and their files now.', deckRef, okOutput),
  'decks.trash': call('Delete a deck so that it can still be restored for a while (Undo).', deckRef, okOutput),
  'decks.restore': call('Bring back a deck deleted with decks.trash.', deckRef, deckSummarySchema),
  'decks.search': call(
    'Decks and questions whose title, prompt, section or answer contain the words.',
    z.object({ query: z.string().trim().min(1).max(200) }).strict(),
    z.array(searchHitSchema),
  ),
  'decks.previewImport': call(
    'Read a guide (Markdown, CSV or JSON) and show what would be imported; nothing is saved.',
    z
      .object({
        fileName: z.string().max(260).default(''),
        text: z.string().max(2_000_000),
        /** Chosen by the caller so it can stop this import with decks.cancelImport. */
        importId: importId.optional(),
      })
      .strict(),
    importPreviewSchema,
  ),
  'decks.cancelImport': call(
    'Stop reading a guide started by decks.previewImport with this importId; it then fails with CANCELED. ' +
      'Nothing is saved. canceled is false when that import had already finished.',
    z.object({ importId }).strict(),
    z.object({ canceled: z.boolean() }),
  ),
  'decks.draftFromJob': call(
    'Draft a deck from a job description (and optionally a résumé) with the LLM interviewer; returns it as an ' +
      'import preview to edit and save, with the deck file it was read from. Nothing is saved.',
    z
      .object({
        jobDescription: z
          .string()
          .trim()
          .min(50, 'Paste the whole job description (at least 50 characters).')
          .max(50_000),
        resume: z.string().trim().max(50_000).nullable().default(null),
      })
      .strict(),
    z.object({ source: z.object({ fileName: z.string(), text: z.string() }), preview: importPreviewSchema }),
  ),
  'decks.saveImport': call(
    'Save previewed questions (after the user’s fixes) as a new deck, or update the deck given by deckId: ' +
      'questions are matched by prompt, changed ones updated, new ones added; none removed, no take lost.',
    z
      .object({
        title,
        questions: z.array(questionInputSchema).min(1).max(5000),
        deckId: id.optional(),
        fileName: z.string().max(260).optional(),
        sourceHash: z.string().max(128).optional(),
      })
      .strict(),
    saveImportResultSchema,
  ),
  'decks.export': call(
    'A deck as a Markdown, CSV or JSON file.',
    z.object({ deckId: id, format: importFormatSchema }).strict(),
    z.object({ fileName: z.string(), mimeType: z.string(), text: z.string() }),
  ),
  'decks.addQuestion': call(
    'Add a question at the end of a deck.',
    z.object({ deckId: id, question: questionInputSchema }).strict(),
    questionSchema,
  ),
  'decks.updateQuestion': call(
    'Change some fields of a question.',
    z.object({ questionId: id, patch: patchSchema(questionInputSchema) }).strict(),
    questionSchema,
  ),
  'decks.deleteQuestion': call('Delete a question with its takes and their files.', questionRef, okOutput),
};
