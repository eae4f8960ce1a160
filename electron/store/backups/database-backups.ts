import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '@contract';
import type { Db } from '../database';
import { fileStamp, stampTime } from '../file-stamp';

/** How many automatic backups are kept; older ones are removed after each new one. */
export const BACKUPS_KEPT = 7;
export const BACKUP_INTERVAL_MS = 24 * 60 * 60 * 1000;

const backupName = /^rehearse-\d{4}-\d{2}-\d{2}T[\d-]+Z(-[a-z0-9-]+)?\.sqlite$/;

/**
 * Automatic copies of the database in `backups/` in the data folder, made with
 * SQLite's online backup so the app keeps working while one is taken. Names
 * carry the time they were taken, so the newest sorts last.
 */
export class DatabaseBackups {
  constructor(
    readonly dir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Newest first. */
  list(): BackupInfo[] {
    if (!fs.existsSync(this.dir)) return [];
    return fs
      .readdirSync(this.dir)
      .filter((name) => backupName.test(name))
      .sort()
      .reverse()
      .map((name) => ({ path: path.join(this.dir, name), takenAt: stampTime(name)!.toISOString() }));
  }

  latest(): BackupInfo | null {
    return this.list()[0] ?? null;
  }

  /** True when there is no backup yet or the newest is a day old. */
  isDue(): boolean {
    const latest = this.latest();
    return !latest || this.now().getTime() - Date.parse(latest.takenAt) >= BACKUP_INTERVAL_MS;
  }

  /**
   * Copies the live database. The copy is written under a temporary name and
   * renamed when complete, so a crash or a full disk mid-copy never leaves a
   * half file that would look like the newest backup.
   */
  async create(db: Db, label?: string): Promise<BackupInfo> {
    fs.mkdirSync(this.dir, { recursive: true });
    const takenAt = this.now();
    const file = path.join(this.dir, `rehearse-${fileStamp(takenAt)}${label ? `-${label}` : ''}.sqlite`);
    const partial = `${file}.partial`;
    try {
      await db.backup(partial);
      fs.renameSync(partial, file);
    } catch (error) {
      fs.rmSync(partial, { force: true });
      throw error;
    }
    this.prune();
    return { path: file, takenAt: takenAt.toISOString() };
  }

  /** Drops the oldest beyond the seven, and any half copy a crash or full disk left behind. */
  private prune(): void {
    for (const old of this.list().slice(BACKUPS_KEPT)) fs.rmSync(old.path, { force: true });
    for (const name of fs.readdirSync(this.dir)) {
      if (name.endsWith('.sqlite.partial') && backupName.test(name.slice(0, -'.partial'.length))) {
        fs.rmSync(path.join(this.dir, name), { force: true });
      }
    }
  }
}
