import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function settingsHandlers(services: Services): HandlersFor<'settings'> {
  return {
    'settings.get': () => services.settings.get(),
    'settings.update': (patch) => {
      const next = services.settings.update(patch);
      services.events.emit('data.changed', { kind: 'settings' });
      return next;
    },
  };
}
