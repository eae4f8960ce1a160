import { AppError } from '@contract/app-error';
import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';
import { draftDeckFromJob } from '../../decks/draft/draft-deck';
import { removeMediaFiles } from '../../recording/media-files';

const missingDeck = () => new AppError('NOT_FOUND', { what: 'deck' });
const missingQuestion = () => new AppError('NOT_FOUND', { what: 'question' });

export function deckHandlers(services: Services): HandlersFor<'decks'> {
  const { library, events } = services;
  const { decks, questions } = library;
  const changed = <T>(value: T): T => {
    events.emit('data.changed', { kind: 'decks' });
    return value;
  };
  return {
    'decks.list': () => {
      // The first time anyone opens the library, the starter deck is there to practise with.
      if (library.ensureStarterDeck()) events.emit('data.changed', { kind: 'decks' });
      return decks.list();
    },
    'decks.get': ({ deckId }) => decks.get(deckId) ?? missing(missingDeck),
    'decks.create': ({ title }) => changed(decks.summary(decks.create(title, []))!),
    'decks.rename': ({ deckId, title }) => {
      if (!decks.rename(deckId, title)) throw missingDeck();
      return changed(decks.summary(deckId)!);
    },
    'decks.delete': async ({ deckId }) => {
      const { deleted, files } = decks.delete(deckId);
      if (!deleted) throw missingDeck();
      await removeMediaFiles(services.paths.recordingsDir, files, services.logger);
      return changed({ ok: true as const });
    },
    'decks.trash': ({ deckId }) => {
      library.trash(deckId);
      return changed({ ok: true as const });
    },
    'decks.restore': ({ deckId }) => changed(library.restore(deckId)),
    'decks.search': ({ query }) => decks.search(query),
    'decks.previewImport': ({ fileName, text, importId }) => library.preview(fileName, text, {}, importId),
    'decks.cancelImport': ({ importId }) => ({ canceled: library.cancelPreview(importId) }),
    'decks.draftFromJob': ({ jobDescription, resume }, { signal }) =>
      draftDeckFromJob(
        { settings: services.settings.get(), keys: services.transcription.keys, library },
        { jobDescription, resume, signal },
      ),
    'decks.saveImport': (input) => changed(library.save(input)),
    'decks.export': ({ deckId, format }) => library.export(deckId, format),
    'decks.addQuestion': ({ deckId, question }) => {
      if (!decks.summary(deckId)) throw missingDeck();
      return changed(questions.add(deckId, question));
    },
    'decks.updateQuestion': ({ questionId, patch }) => {
      if (!questions.get(questionId)) throw missingQuestion();
      return changed(questions.update(questionId, patch) ?? missing(missingQuestion));
    },
    'decks.deleteQuestion': async ({ questionId }) => {
      const { deleted, files } = questions.delete(questionId);
      if (!deleted) throw missingQuestion();
      await removeMediaFiles(services.paths.recordingsDir, files, services.logger);
      events.emit('data.changed', { kind: 'attempts' });
      return changed({ ok: true as const });
    },
  };
}

function missing(error: () => AppError): never {
  throw error();
}
