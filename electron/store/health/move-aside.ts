import fs from 'node:fs';
import path from 'node:path';
import { fileStamp } from '../file-stamp';

/** SQLite's companions of a database in WAL mode; they hold committed pages too. */
const companions = ['-wal', '-shm', '-journal'];

export interface MovedAside {
  /** The damaged database under its new name. */
  readonly keptAt: string;
  /** Every file moved, the database first. */
  readonly keptFiles: string[];
}

/**
 * Renames a damaged database and its companions to
 * `rehearse-damaged-<time>.sqlite` (and `-wal`, `-shm`) in the same folder. The
 * companions keep their suffix, so SQLite tools opening the kept file still see
 * its WAL. Nothing is copied or deleted: a rename cannot run out of disk space
 * and the evidence stays byte for byte as it was.
 */
export function moveAside(file: string, now: Date): MovedAside {
  const dir = path.dirname(file);
  const ext = path.extname(file);
  const base = path.basename(file, ext);
  const keptAt = freeName(dir, `${base}-damaged-${fileStamp(now)}`, ext);
  const keptFiles: string[] = [];
  fs.renameSync(file, keptAt);
  keptFiles.push(keptAt);
  for (const suffix of companions) {
    if (!fs.existsSync(file + suffix)) continue;
    fs.renameSync(file + suffix, keptAt + suffix);
    keptFiles.push(keptAt + suffix);
  }
  return { keptAt, keptFiles };
}

/** A name nothing has yet, so a second damage in the same millisecond never overwrites the first. */
function freeName(dir: string, stem: string, ext: string): string {
  for (let n = 0; ; n++) {
    const candidate = path.join(dir, `${stem}${n === 0 ? '' : `-${n}`}${ext}`);
    const taken = [candidate, ...companions.map((suffix) => candidate + suffix)].some((name) => fs.existsSync(name));
    if (!taken) return candidate;
  }
}
