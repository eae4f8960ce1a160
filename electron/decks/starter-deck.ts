import { z } from 'zod';
import { questionInputSchema } from '@contract/decks';
import starterJson from '../../prompts/decks/starter.json';
import { deckFormatName, deckFormatVersion } from './formats/deck-json';

/** The bundled deck: our own writing, in the documented JSON deck format plus its own version. */
export const starterDeckSchema = z.object({
  format: z.literal(deckFormatName),
  version: z.literal(deckFormatVersion),
  /** Bumped whenever the questions change, so a setup can tell which edition it holds. */
  deckVersion: z.number().int().positive(),
  title: z.string().min(1),
  questions: z.array(questionInputSchema).min(1),
});
export type StarterDeck = z.infer<typeof starterDeckSchema>;

export function starterDeck(): StarterDeck {
  return starterDeckSchema.parse(starterJson);
}
