import { z } from 'zod';
import { call, id, isoDate, noInput, okOutput } from './define';

export const questionKindSchema = z.enum(['technical', 'behavioral', 'pitch', 'scenario']);
export type QuestionKind = z.infer<typeof questionKindSchema>;

export const questionSchema = z.object({
  id,
  deckId: id,
  position: z.number().int().min(0),
  prompt: z.string(),
  modelAnswer: z.string(),
  section: z.string(),
  difficulty: z.string().nullable(),
  kind: questionKindSchema,
  targetSeconds: z.number().int().positive(),
  targetSource: z.enum(['stated', 'default']),
});
export type Question = z.infer<typeof questionSchema>;

export const deckSummarySchema = z.object({
  id,
  title: z.string(),
  questionCount: z.number().int().min(0),
  attemptCount: z.number().int().min(0),
  createdAt: isoDate,
  updatedAt: isoDate,
});
export type DeckSummary = z.infer<typeof deckSummarySchema>;

export const deckSchema = deckSummarySchema.extend({
  questions: z.array(questionSchema),
});
export type Deck = z.infer<typeof deckSchema>;

const deckRef = z.object({ deckId: id }).strict();

export const deckCalls = {
  'decks.list': call('All decks, newest first.', noInput, z.array(deckSummarySchema)),
  'decks.get': call('One deck with its questions.', deckRef, deckSchema),
  'decks.rename': call(
    'Rename a deck.',
    z.object({ deckId: id, title: z.string().trim().min(1).max(200) }).strict(),
    deckSummarySchema,
  ),
  'decks.delete': call('Delete a deck, its questions, attempts and their files.', deckRef, okOutput),
};
