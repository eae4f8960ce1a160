import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';
import { readFillers } from '../../settings/filler-words';
import { readNorms } from '../../settings/scoring-norms';

export function settingsHandlers(services: Services): HandlersFor<'settings'> {
  const { settingsEditor } = services;
  return {
    'settings.get': () => services.settings.get(),
    'settings.update': (patch) => settingsEditor.update(patch),
    'settings.norms.get': () => readNorms(services.db),
    'settings.norms.update': ({ patch, reset }) => settingsEditor.updateNorms(patch, reset),
    'settings.fillers.get': () => readFillers(services.db),
    'settings.fillers.update': (change) => settingsEditor.updateFillers(change),
    'settings.deleteAllData': async () => ({ ok: true as const, filesRemoved: await settingsEditor.deleteAllData() }),
  };
}
