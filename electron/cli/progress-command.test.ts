import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { appPaths } from '../app-paths';
import { CliError } from './command';
import { openDatabase } from '../store/database';
import { generateHistory } from '../progress/history-generator';
import { progressCommand } from './progress-command';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

function folderWithHistory(takes: number) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-cli-progress-'));
  dirs.push(dir);
  const db = openDatabase(appPaths(dir).databaseFile);
  generateHistory(db, { takes, now: new Date('2026-04-01T12:00:00Z') });
  db.close();
  return dir;
}

describe('progress command', () => {
  it('prints the overview of a data folder in the given zone', async () => {
    const dir = folderWithHistory(40);
    const out = (await progressCommand.run(['--data-dir', dir, '--time-zone', 'Asia/Tokyo'])) as {
      timeZone: string;
      totals: { takes: number };
    };
    expect(out.timeZone).toBe('Asia/Tokyo');
    expect(out.totals.takes).toBe(40);
  });

  it('lists due questions with --due', async () => {
    // The history ended on 1 April 2026, long enough ago for every practised question to be due.
    const out = (await progressCommand.run(['--data-dir', folderWithHistory(40), '--due', '--time-zone', 'UTC'])) as {
      overdueDays: number;
    }[];
    expect(out.length).toBeGreaterThan(0);
    expect(out.every((q) => q.overdueDays > 0)).toBe(true);
  });

  it('rejects an unknown zone or flag as a user error', () => {
    expect(() => progressCommand.run(['--time-zone', 'Moon/Base'])).toThrow(CliError);
    expect(() => progressCommand.run(['--nope'])).toThrow(CliError);
  });
});
