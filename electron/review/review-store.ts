import type { ErrorDetail } from '@contract';
import { storedErrorDetail } from '../errors/stored-error';
import type { Question } from '@contract/decks';
import type { Word } from '@contract/transcription';
import type { Db } from '../store/database';
import { nowIso } from '../store/clock';
import { JobTable, type JobKind, type JobRow } from '../store/job-table';

/** The latest job of one kind for a take, as the review needs it. */
export interface JobSnapshot {
  id: string;
  status: 'queued' | 'running' | 'done' | 'failed' | 'canceled';
  progress: number;
  /** What the job was asked (JSON), e.g. which score an LLM job is about. */
  payload: string | null;
  result: string | null;
  errorCode: string | null;
  errorDetail: ErrorDetail | null;
  createdAt: string;
  updatedAt: string;
}

export interface TranscriptEdit {
  words: Word[];
  text: string;
  editedAt: string;
}

const toJob = (row: JobRow): JobSnapshot => ({
  id: row.id,
  status: row.status,
  progress: row.progress,
  payload: row.payload,
  result: row.result,
  errorCode: row.error_code,
  errorDetail: storedErrorDetail(row.error_message),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

/**
 * The review's reads and writes. Transcription ("transcribe") and scoring
 * ("score") jobs share the jobs table; a score written here is a finished
 * "score" job like any other, so every view sees the latest score.
 */
export class ReviewStore {
  constructor(private readonly db: Db) {}

  question(questionId: string): (Question & { deckTitle: string; deckAnswers: string[] }) | undefined {
    const row = this.db
      .prepare(`SELECT q.*, d.title AS deck_title FROM questions q JOIN decks d ON d.id = q.deck_id WHERE q.id = ?`)
      .get(questionId) as Record<string, unknown> | undefined;
    if (!row) return undefined;
    const deckAnswers = (
      this.db.prepare('SELECT model_answer FROM questions WHERE deck_id = ?').all(row.deck_id) as {
        model_answer: string;
      }[]
    ).map((r) => r.model_answer);
    return {
      id: row.id as string,
      deckId: row.deck_id as string,
      position: row.position as number,
      prompt: row.prompt as string,
      modelAnswer: row.model_answer as string,
      section: row.section as string,
      difficulty: row.difficulty as string | null,
      kind: row.kind as Question['kind'],
      targetSeconds: row.target_seconds as number,
      targetSource: row.target_source as Question['targetSource'],
      deckTitle: row.deck_title as string,
      deckAnswers,
    };
  }

  latestJob(takeId: string, kind: JobKind, status?: 'done'): JobSnapshot | undefined {
    const row = new JobTable(this.db, kind).latestRow(takeId, status);
    return row && toJob(row);
  }

  saveScore(takeId: string, report: object, source: 'original' | 'edited'): string {
    const at = nowIso();
    new JobTable(this.db, 'score').insertDone(takeId, report, at, { payload: { transcript: source } });
    return at;
  }

  edit(takeId: string): TranscriptEdit | undefined {
    const row = this.db.prepare('SELECT words, text, edited_at FROM transcript_edits WHERE take_id = ?').get(takeId) as
      { words: string; text: string; edited_at: string } | undefined;
    return row && { words: JSON.parse(row.words) as Word[], text: row.text, editedAt: row.edited_at };
  }

  saveEdit(takeId: string, words: readonly Word[], text: string): void {
    this.db
      .prepare(
        `INSERT INTO transcript_edits (take_id, words, text, edited_at) VALUES (?, ?, ?, ?)
         ON CONFLICT(take_id) DO UPDATE SET words = excluded.words, text = excluded.text, edited_at = excluded.edited_at`,
      )
      .run(takeId, JSON.stringify(words), text, nowIso());
  }

  deleteEdit(takeId: string): boolean {
    return this.db.prepare('DELETE FROM transcript_edits WHERE take_id = ?').run(takeId).changes > 0;
  }

  recentTakeIds(limit: number): string[] {
    return (
      this.db.prepare('SELECT id FROM takes ORDER BY started_at DESC, rowid DESC LIMIT ?').all(limit) as {
        id: string;
      }[]
    ).map((row) => row.id);
  }
}
