import { createHash } from 'node:crypto';
import { deckSpecificity } from '../scoring/content/deck';
import type { Idf } from '../scoring/content/term-weights';

/**
 * Specificity weights per deck, rebuilt only when the deck's model answers
 * change. The scorer also caches its analysis of each model answer per Idf
 * object, so keeping the same object between takes is what makes scoring fast.
 */
export class DeckWeights {
  private readonly cache = new Map<string, { signature: string; idf: Idf }>();

  get(deckId: string, modelAnswers: readonly string[]): Idf {
    const signature = createHash('sha256').update(JSON.stringify(modelAnswers)).digest('hex');
    const cached = this.cache.get(deckId);
    if (cached?.signature === signature) return cached.idf;
    const idf = deckSpecificity(modelAnswers);
    // A handful of decks is the common case; forget them all rather than track use.
    if (this.cache.size >= 50) this.cache.clear();
    this.cache.set(deckId, { signature, idf });
    return idf;
  }
}
