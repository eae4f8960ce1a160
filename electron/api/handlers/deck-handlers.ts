import { AppError } from '../app-error';
import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';
import { removeMediaFiles } from '../../recording/media-files';

const missingDeck = () => new AppError('NOT_FOUND', 'That deck no longer exists.');

export function deckHandlers(services: Services): HandlersFor<'decks'> {
  const { decks, events } = services;
  return {
    'decks.list': () => decks.list(),
    'decks.get': ({ deckId }) => {
      const deck = decks.get(deckId);
      if (!deck) throw missingDeck();
      return deck;
    },
    'decks.rename': ({ deckId, title }) => {
      if (!decks.rename(deckId, title)) throw missingDeck();
      events.emit('data.changed', { kind: 'decks' });
      return decks.summary(deckId)!;
    },
    'decks.delete': async ({ deckId }) => {
      const { deleted, files } = decks.delete(deckId);
      if (!deleted) throw missingDeck();
      await removeMediaFiles(services.paths.recordingsDir, files, services.logger);
      events.emit('data.changed', { kind: 'decks' });
      return { ok: true as const };
    },
  };
}
