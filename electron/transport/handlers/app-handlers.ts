import { AppError } from '@contract/app-error';
import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

/** Needs no database, so these calls answer even while a damaged one waits for the user's choice. */
export function appHandlers(
  services: Pick<Services, 'version' | 'transport' | 'paths' | 'database'>,
): HandlersFor<'app'> {
  return {
    'app.info': () => ({
      name: 'Rehearse',
      version: services.version,
      transport: services.transport,
      dataDir: services.paths.dataDir,
      platform: process.platform,
    }),
    'app.savePdf': async ({ fileName }, context) => {
      if (!context.savePdf) {
        throw new AppError('UNSUPPORTED', { reason: 'desktop-only', feature: 'pdf' });
      }
      return { path: await context.savePdf(fileName) };
    },
    'app.databaseStatus': () => services.database.status(),
    'app.recoverDatabase': ({ choice }) => services.database.recover(choice),
  };
}
