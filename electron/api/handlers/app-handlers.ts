import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function appHandlers(services: Services): HandlersFor<'app'> {
  return {
    'app.info': () => ({
      name: 'Rehearse',
      version: services.version,
      transport: services.transport,
      dataDir: services.paths.dataDir,
      platform: process.platform,
    }),
  };
}
