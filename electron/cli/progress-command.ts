import { parseArgs } from 'node:util';
import { appPaths, dataDirFrom } from '../app-paths';
import { CliError, type CliCommand } from './command';
import { openDatabase } from '../store/database';
import { isValidTimeZone } from '../schedule/local-time';
import { progressService } from '../progress/progress-service';

/** `progress`: the progress page's figures (or, with --due, the questions due today) as JSON. */
export const progressCommand: CliCommand = {
  name: 'progress',
  usage: 'progress [--data-dir <folder>] [--time-zone <IANA zone>] [--due]',
  summary: 'Print scores over time, streak, minutes per week and due counts (or the questions due today).',
  run(args) {
    let values: { 'data-dir'?: string; 'time-zone'?: string; due?: boolean };
    try {
      ({ values } = parseArgs({
        args: [...args],
        options: { 'data-dir': { type: 'string' }, 'time-zone': { type: 'string' }, due: { type: 'boolean' } },
        strict: true,
      }));
    } catch (error) {
      throw new CliError((error as Error).message);
    }
    const timeZone = values['time-zone'] ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
    if (!isValidTimeZone(timeZone)) throw new CliError(`Unknown time zone: ${timeZone}`);
    const dataDir = dataDirFrom(values['data-dir']);
    const db = openDatabase(appPaths(dataDir).databaseFile);
    try {
      const progress = progressService(db);
      return values.due ? progress.due(timeZone) : progress.overview(timeZone);
    } finally {
      db.close();
    }
  },
};
