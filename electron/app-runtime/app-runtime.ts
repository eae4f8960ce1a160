import fs from 'node:fs';
import { AppError } from '@contract/app-error';
import type { DamagedDatabase, DatabaseStatus, RecoveryChoice } from '@contract';
import { EventBus } from '@contract/event-bus';
import type { Handlers } from '../transport/handlers';
import { appHandlers } from '../transport/handlers/app-handlers';
import { createHandlers } from '../transport/handlers/index';
import { appPaths, type AppPaths } from '../app-paths';
import { consoleLogger, type Logger } from '../logger';
import { createServices, type Services, type ServicesOptions } from '../services';
import { startDailyBackup, type DailyBackup } from '../store/backups/daily-backup';
import { DatabaseBackups } from '../store/backups/database-backups';
import { DamageRecord } from '../store/health/damage-record';
import { nothingToRecover } from '../store/health/database-recovery';
import { openCheckedDatabase, type CheckedOpen } from '../store/health/open-checked-database';
import { gatedHandlers } from './gated-handlers';
import { recoveryFile } from './recovery-file';

export interface AppRuntimeOptions extends Omit<ServicesOptions, 'db' | 'events' | 'database'> {
  now?: () => Date;
  /** How often the running app checks whether a day's backup is due. */
  backupCheckMs?: number;
}

/** The app as the transports see it: stable paths, events and handlers, whatever state the database is in. */
export interface AppRuntime {
  readonly paths: AppPaths;
  readonly events: EventBus;
  readonly logger: Logger;
  readonly handlers: Handlers;
  /** The working services, or undefined while a damaged database waits for the user's choice. */
  services(): Services | undefined;
  status(): DatabaseStatus;
  recover(choice: RecoveryChoice): Promise<DatabaseStatus>;
  close(): void;
}

type State =
  | { kind: 'ready'; services: Services; handlers: Handlers; daily: DailyBackup; recovered: Recovered | null }
  | { kind: 'damaged'; damage: DamagedDatabase; recovering: boolean }
  | { kind: 'closed' };
type Recovered = Extract<DatabaseStatus, { state: 'ok' }>['recovered'];

/**
 * Opens the data folder the way the desktop app and browser mode both start:
 * the database is checked (and set aside if damaged) before any service uses
 * it, backed up once a day, and, if it was damaged, replaced only by the
 * user's choice.
 */
export async function startAppRuntime(options: AppRuntimeOptions): Promise<AppRuntime> {
  const now = options.now ?? (() => new Date());
  const paths = appPaths(options.dataDir);
  const logger = options.logger ?? consoleLogger;
  const events = new EventBus();
  const backups = new DatabaseBackups(paths.backupsDir, now);
  const record = new DamageRecord(paths.dataDir);
  let state: State = { kind: 'closed' };

  const runtime: AppRuntime = {
    paths,
    events,
    logger,
    handlers: gatedHandlers(
      () => (state.kind === 'ready' ? state.handlers : undefined),
      appHandlers({
        ...options,
        paths,
        database: { status: () => runtime.status(), recover: (c) => runtime.recover(c) },
      }),
    ),
    services: () => (state.kind === 'ready' ? state.services : undefined),
    status(): DatabaseStatus {
      const latestBackup = backups.latest();
      if (state.kind === 'damaged') return { state: 'damaged', damage: state.damage, latestBackup };
      return { state: 'ok', latestBackup, recovered: state.kind === 'ready' ? state.recovered : null };
    },
    async recover(choice) {
      if (state.kind !== 'damaged') throw nothingToRecover();
      if (state.recovering) throw new AppError('CONFLICT', { reason: 'already-recovering' });
      const { damage } = state;
      state.recovering = true;
      try {
        const restoredFrom = choice === 'restore' ? recoveryFile(backups, paths.databaseFile) : null;
        await settle(await openCheckedDatabase(paths.databaseFile, backups, now), {
          choice,
          restoredFrom,
          keptAt: damage.keptAt,
        });
      } finally {
        if (state.kind === 'damaged') state.recovering = false;
      }
      return runtime.status();
    },
    close() {
      if (state.kind === 'ready') {
        state.daily.stop();
        state.services.close();
      }
      state = { kind: 'closed' };
    },
  };

  async function settle(opened: CheckedOpen, recovered: Recovered): Promise<void> {
    if (!opened.ok) {
      record.write(opened.damage);
      state = { kind: 'damaged', damage: opened.damage, recovering: false };
      logger.warn(`the database was damaged and has been kept at ${opened.damage.keptAt}`, opened.damage.detail);
      return;
    }
    record.clear();
    const services = createServices({ ...options, db: opened.db, events, database: runtime });
    const daily = startDailyBackup(opened.db, backups, logger, options.backupCheckMs);
    state = { kind: 'ready', services, handlers: createHandlers(services), daily, recovered };
    // Takes a crash left unfinished are finalised before anything can record.
    services.recording.recoverAtStartup().catch((error: unknown) => logger.error('recovery failed', error));
    // A new database holds nothing yet; its first backup comes with the timer's first check.
    if (!opened.created) await daily.runIfDue();
  }

  const pending = record.read();
  if (pending && !fs.existsSync(paths.databaseFile)) {
    // The user quit at the recovery screen last time: ask again rather than start empty.
    state = { kind: 'damaged', damage: pending, recovering: false };
  } else {
    await settle(await openCheckedDatabase(paths.databaseFile, backups, now), null);
  }
  return runtime;
}
