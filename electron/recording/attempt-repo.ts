import type { Attempt, AttemptStatus } from '@contract/attempts';
import type { Db } from '../store/database';
import { newId, nowIso } from '../store/clock';

interface AttemptRow {
  id: string;
  question_id: string;
  name: string;
  status: AttemptStatus;
  started_at: string;
  duration_ms: number | null;
  video_file: string | null;
  audio_file: string | null;
}

const toAttempt = (row: AttemptRow): Attempt => ({
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
export class AttemptRepo {
  constructor(private readonly db: Db) {}

  create(questionId: string, files: { videoFile: string | null; audioFile: string | null }): Attempt {
    const id = newId();
    const now = nowIso();
    this.db
      .prepare(
        `INSERT INTO attempts (id, question_id, name, status, started_at, video_file, audio_file, created_at)
         VALUES (?, ?, '', 'recording', ?, ?, ?, ?)`,
      )
      .run(id, questionId, now, files.videoFile, files.audioFile, now);
    return this.get(id)!;
  }

  get(attemptId: string): Attempt | undefined {
    const row = this.db.prepare('SELECT * FROM attempts WHERE id = ?').get(attemptId) as AttemptRow | undefined;
    return row && toAttempt(row);
  }

  listForQuestion(questionId: string): Attempt[] {
    const rows = this.db
      .prepare('SELECT * FROM attempts WHERE question_id = ? ORDER BY started_at DESC')
      .all(questionId) as AttemptRow[];
    return rows.map(toAttempt);
  }

  listByStatus(status: AttemptStatus): Attempt[] {
    return (this.db.prepare('SELECT * FROM attempts WHERE status = ?').all(status) as AttemptRow[]).map(toAttempt);
  }

  finish(
    attemptId: string,
    status: AttemptStatus,
    durationMs: number | null,
    files?: { videoFile: string | null; audioFile: string | null },
  ): void {
    this.db.prepare('UPDATE attempts SET status = ?, duration_ms = ? WHERE id = ?').run(status, durationMs, attemptId);
    if (files) {
      this.db
        .prepare('UPDATE attempts SET video_file = ?, audio_file = ? WHERE id = ?')
        .run(files.videoFile, files.audioFile, attemptId);
    }
  }

  rename(attemptId: string, name: string): boolean {
    return this.db.prepare('UPDATE attempts SET name = ? WHERE id = ?').run(name, attemptId).changes > 0;
  }

  /** Deletes the row and returns the media files left to remove. */
  delete(attemptId: string): { deleted: boolean; files: string[] } {
    const attempt = this.get(attemptId);
    if (!attempt) return { deleted: false, files: [] };
    this.db.prepare('DELETE FROM attempts WHERE id = ?').run(attemptId);
    return { deleted: true, files: [attempt.videoFile, attempt.audioFile].filter((f): f is string => !!f) };
  }
}
