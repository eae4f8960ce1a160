import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';
import { deleteAllData } from '../../settings/delete-all-data';
import { readFillers, updateFillers } from '../../settings/filler-words';
import { readNorms, updateNorms } from '../../settings/scoring-norms';

export function settingsHandlers(services: Services): HandlersFor<'settings'> {
  const { events } = services;
  return {
    'settings.get': () => services.settings.get(),
    'settings.update': (patch) => {
      const next = services.settings.update(patch);
      events.emit('data.changed', { kind: 'settings' });
      return next;
    },
    'settings.norms.get': () => readNorms(services.db),
    'settings.norms.update': ({ patch, reset }) => {
      const next = updateNorms(services.db, patch, reset);
      events.emit('data.changed', { kind: 'settings' });
      return next;
    },
    'settings.fillers.get': () => readFillers(services.db),
    'settings.fillers.update': (change) => {
      const next = updateFillers(services.db, change);
      events.emit('data.changed', { kind: 'settings' });
      return next;
    },
    'settings.deleteAllData': async () => {
      const { db, paths, logger, recording, transcription, feedback } = services;
      const filesRemoved = await deleteAllData({
        db,
        recordingsDir: paths.recordingsDir,
        logger,
        recording,
        transcription,
        feedback,
      });
      for (const kind of ['decks', 'attempts', 'jobs', 'settings'] as const) events.emit('data.changed', { kind });
      return { ok: true as const, filesRemoved };
    },
  };
}
