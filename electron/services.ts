import { EventBus } from './api/event-bus';
import { appPaths, type AppPaths } from './app-paths';
import { DeckRepo } from './decks/deck-repo';
import { consoleLogger, type Logger } from './logger';
import { AttemptRepo } from './recording/attempt-repo';
import { SettingsRepo } from './settings/settings-repo';
import { openDatabase, type Db } from './store/database';

export interface ServicesOptions {
  dataDir: string;
  transport: 'electron' | 'web';
  version: string;
  logger?: Logger;
}

/** Everything the handlers need, built once per process. Plain Node: no Electron here. */
export interface Services {
  readonly paths: AppPaths;
  readonly db: Db;
  readonly events: EventBus;
  readonly logger: Logger;
  readonly decks: DeckRepo;
  readonly attempts: AttemptRepo;
  readonly settings: SettingsRepo;
  readonly transport: 'electron' | 'web';
  readonly version: string;
  close(): void;
}

export function createServices(options: ServicesOptions): Services {
  const paths = appPaths(options.dataDir);
  const db = openDatabase(paths.databaseFile);
  return {
    paths,
    db,
    events: new EventBus(),
    logger: options.logger ?? consoleLogger,
    decks: new DeckRepo(db),
    attempts: new AttemptRepo(db),
    settings: new SettingsRepo(db),
    transport: options.transport,
    version: options.version,
    close: () => db.close(),
  };
}
