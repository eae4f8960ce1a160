import type { Take, TakeStatus } from '@contract/takes';
import type { Db } from '../store/database';
import { newId, nowIso } from '../store/clock';

interface TakeRow {
  id: string;
  question_id: string;
  name: string;
  status: TakeStatus;
  started_at: string;
  duration_ms: number | null;
  video_file: string | null;
  audio_file: string | null;
}

const toTake = (row: TakeRow): Take => ({
  id: row.id,
  questionId: row.question_id,
  name: row.name,
  status: row.status,
  startedAt: row.started_at,
  durationMs: row.duration_ms,
  videoFile: row.video_file,
  audioFile: row.audio_file,
});

/** Takes (recorded answers) in SQLite; their media files live in the recordings folder. */
export class TakeRepo {
  constructor(private readonly db: Db) {}

  create(questionId: string, files: { videoFile: string | null; audioFile: string | null }): Take {
    const id = newId();
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO takes (id, question_id, name, status, started_at, video_file, audio_file, created_at)
         VALUES (?, ?, '', 'recording', ?, ?, ?, ?)`,
      )
      .run(id, questionId, now, files.videoFile, files.audioFile, now);
    return this.get(id)!;
  }

  get(takeId: string): Take | undefined {
    const row = this.db.prepare('SELECT * FROM takes WHERE id = ?').get(takeId) as TakeRow | undefined;
    return row && toTake(row);
  }

  listForQuestion(questionId: string): Take[] {
    const rows = this.db
      .prepare('SELECT * FROM takes WHERE question_id = ? ORDER BY started_at DESC')
      .all(questionId) as TakeRow[];
    return rows.map(toTake);
  }

  listByStatus(status: TakeStatus): Take[] {
    return (this.db.prepare('SELECT * FROM takes WHERE status = ?').all(status) as TakeRow[]).map(toTake);
  }

  finish(
    takeId: string,
    status: TakeStatus,
    durationMs: number | null,
    files?: { videoFile: string | null; audioFile: string | null },
  ): void {
    this.db.prepare('UPDATE takes SET status = ?, duration_ms = ? WHERE id = ?').run(status, durationMs, takeId);
    if (files) {
      this.db
        .prepare('UPDATE takes SET video_file = ?, audio_file = ? WHERE id = ?')
        .run(files.videoFile, files.audioFile, takeId);
    }
  }

  rename(takeId: string, name: string): boolean {
    return this.db.prepare('UPDATE takes SET name = ? WHERE id = ?').run(name, takeId).changes > 0;
  }

  /**
   * Deletes the row and returns the media files left to remove: its own and its follow-ups', whose rows the
   * database deletes with it.
   */
  delete(takeId: string): { deleted: boolean; files: string[] } {
    const rows = this.db
      .prepare(
        `WITH RECURSIVE thread(id) AS (SELECT id FROM takes WHERE id = ?
           UNION SELECT t.id FROM takes t JOIN thread ON t.parent_take_id = thread.id)
         SELECT video_file, audio_file FROM takes WHERE id IN (SELECT id FROM thread)`,
      )
      .all(takeId) as { video_file: string | null; audio_file: string | null }[];
    if (rows.length === 0) return { deleted: false, files: [] };
    this.db.prepare('DELETE FROM takes WHERE id = ?').run(takeId);
    const files = rows.flatMap((row) => [row.video_file, row.audio_file]);
    return { deleted: true, files: files.filter((f): f is string => !!f) };
  }
}
