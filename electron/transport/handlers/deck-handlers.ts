import { AppError } from '@contract/app-error';
import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';
import { draftDeckFromJob } from '../../decks/draft/draft-deck';

const ok = { ok: true as const };

export function deckHandlers(services: Services): HandlersFor<'decks'> {
  const { library, deckEditor } = services;
  return {
    'decks.list': () => deckEditor.list(),
    'decks.get': ({ deckId }) => {
      const deck = library.decks.get(deckId);
      if (!deck) throw new AppError('NOT_FOUND', { what: 'deck' });
      return deck;
    },
    'decks.create': ({ title }) => deckEditor.create(title),
    'decks.rename': ({ deckId, title }) => deckEditor.rename(deckId, title),
    'decks.delete': async ({ deckId }) => {
      await deckEditor.delete(deckId);
      return ok;
    },
    'decks.trash': ({ deckId }) => (deckEditor.trash(deckId), ok),
    'decks.restore': ({ deckId }) => deckEditor.restore(deckId),
    'decks.search': ({ query }) => library.decks.search(query),
    'decks.previewImport': ({ fileName, text, importId }) => library.preview(fileName, text, {}, importId),
    'decks.cancelImport': ({ importId }) => ({ canceled: library.cancelPreview(importId) }),
    'decks.draftFromJob': ({ jobDescription, resume }, { signal }) =>
      draftDeckFromJob(
        { settings: services.settings.get(), keys: services.transcription.keys, library },
        { jobDescription, resume, signal },
      ),
    'decks.saveImport': (input) => deckEditor.saveImport(input),
    'decks.export': ({ deckId, format }) => library.export(deckId, format),
    'decks.addQuestion': ({ deckId, question }) => deckEditor.addQuestion(deckId, question),
    'decks.updateQuestion': ({ questionId, patch }) => deckEditor.updateQuestion(questionId, patch),
    'decks.deleteQuestion': async ({ questionId }) => {
      await deckEditor.deleteQuestion(questionId);
      return ok;
    },
  };
}
