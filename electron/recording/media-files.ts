import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger';

/**
 * Removes recording files (and any unfinished `.part` siblings) after their
 * rows are gone. Names come from our own database, but are still kept inside
 * the recordings folder.
 */
export async function removeMediaFiles(recordingsDir: string, files: readonly string[], logger: Logger): Promise<void> {
  for (const file of files) {
    const target = path.resolve(recordingsDir, file);
    if (path.relative(recordingsDir, target).startsWith('..')) continue;
    for (const candidate of [target, `${target}.part`]) {
      try {
        await fs.rm(candidate, { force: true });
      } catch (error) {
        logger.warn(`could not remove ${candidate}`, error);
      }
    }
  }
}
