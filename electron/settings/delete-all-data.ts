import fs from 'node:fs/promises';
import path from 'node:path';
import type { Logger } from '../logger';
import type { Db } from '../store/database';
import { eraseUserRows } from '../store/erase-rows';

/** Something that can stop its work and hold new work until resumed. */
type Stop = () => Promise<() => void>;

export interface DeleteAllDeps {
  readonly db: Db;
  readonly recordingsDir: string;
  readonly logger: Logger;
  readonly recording: { discardAll: Stop };
  readonly transcription: { cancelAll: Stop };
  readonly feedback: { cancelAll: Stop };
}

/**
 * "Delete all my data": every row the user created and every recording.
 * Downloaded speech models are kept (they are the app's tools, not the user's
 * data, and large to fetch again); so is a stored API key, which the user
 * removes on its own where it was entered.
 *
 * Work running at that moment is stopped first, or it would write into the
 * emptied store afterwards: a chunk recreating a `.part` file, a transcript or
 * a score for a take that no longer exists. The order matters: a take being
 * saved during the discard queues a transcription, and a transcript finishing
 * while the queue stops is scored; each stage is stopped after the one that
 * feeds it. Everything resumes once the deletion is done, with nothing left to do.
 */
export async function deleteAllData(deps: DeleteAllDeps): Promise<number> {
  const resume: Array<() => void> = [];
  try {
    resume.push(await deps.recording.discardAll());
    resume.push(await deps.transcription.cancelAll());
    resume.push(await deps.feedback.cancelAll());
    return await removeEverything(deps.db, deps.recordingsDir, deps.logger);
  } finally {
    for (const go of resume.reverse()) go();
  }
}

async function removeEverything(db: Db, recordingsDir: string, logger: Logger): Promise<number> {
  eraseUserRows(db);
  let removed = 0;
  for (const entry of await fs.readdir(recordingsDir, { withFileTypes: true }).catch(() => [])) {
    try {
      await fs.rm(path.join(recordingsDir, entry.name), { recursive: true, force: true });
      removed += 1;
    } catch (error) {
      logger.warn('could not remove a recording file', { file: entry.name, error: String(error) });
    }
  }
  return removed;
}
