import { createHash } from 'node:crypto';
import { type Deck, type DeckQuestion, deckContext } from '../scoring/content/deck';

/**
 * What the scorer knows of each deck (specificity weights and its questions),
 * rebuilt only when the deck's questions or model answers change. The scorer
 * also caches its analysis of each model answer per deck object, so keeping the
 * same object between takes is what makes scoring fast.
 */
export class DeckWeights {
  private readonly cache = new Map<string, { signature: string; deck: Deck }>();

  get(deckId: string, questions: readonly DeckQuestion[]): Deck {
    const signature = createHash('sha256').update(JSON.stringify(questions)).digest('hex');
    const cached = this.cache.get(deckId);
    if (cached?.signature === signature) return cached.deck;
    const deck = deckContext(questions);
    // A handful of decks is the common case; forget them all rather than track use.
    if (this.cache.size >= 50) this.cache.clear();
    this.cache.set(deckId, { signature, deck });
    return deck;
  }
}
