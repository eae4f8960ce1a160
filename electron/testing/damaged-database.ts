// Real databases damaged the ways disks and crashes damage them, for tests.
import fs from 'node:fs';
import { DeckRepo } from '../decks/deck-repo';
import { openDatabase } from '../store/database';

/**
 * A migrated app database holding one deck of `questions` questions, with
 * every page written back to the main file, so damage done to that file is
 * not masked by newer copies of its pages in the WAL.
 */
export function writeDatabaseWithDeck(file: string, title: string, questions = 3): void {
  const db = openDatabase(file);
  new DeckRepo(db).create(
    title,
    Array.from({ length: questions }, (_, i) => ({
      prompt: `Question ${i + 1} about ${title}?`,
      modelAnswer: `A model answer long enough to fill pages. ${'Context, action, result. '.repeat(20)}`,
      section: '',
      difficulty: null,
      kind: 'technical' as const,
      targetSeconds: 60,
      targetSource: 'stated' as const,
    })),
  );
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
}

/** Cut short, as by a full disk or a copy interrupted half way. */
export function truncate(file: string): void {
  fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
}

/** Not a database at all. */
export function overwriteWithGarbage(file: string): void {
  fs.writeFileSync(file, Buffer.alloc(64 * 1024, 'not a database '));
}

/**
 * Scribbles over half of a page in the middle of the file: the header and
 * schema are intact, so the file opens and simple reads work, but SQLite's
 * quick check finds the broken b-tree page.
 */
export function corruptMiddlePage(file: string): void {
  const header = Buffer.alloc(100);
  const fd = fs.openSync(file, 'r+');
  try {
    fs.readSync(fd, header, 0, 100, 0);
    const pageSize = header.readUInt16BE(16) === 1 ? 65536 : header.readUInt16BE(16);
    const pages = Math.floor(fs.statSync(file).size / pageSize);
    const middle = Math.floor(pages / 2);
    fs.writeSync(fd, Buffer.alloc(pageSize / 2, 'A'), 0, pageSize / 2, middle * pageSize + pageSize / 2 - 96);
  } finally {
    fs.closeSync(fd);
  }
}
