import {
  interviewOptionsSchema,
  type Interview,
  type InterviewItem,
  type InterviewOptions,
  type InterviewStatus,
  type InterviewSummary,
} from '@contract/interviews';
import type { Db } from '../store/database';
import { newId, nowIso } from '../store/clock';
import type { Candidate } from './pick-questions';

interface InterviewRow {
  id: string;
  title: string;
  deck_id: string | null;
  options: string;
  status: InterviewStatus;
  current_index: number;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

interface ItemRow {
  position: number;
  question_id: string | null;
  deck_id: string | null;
  prompt: string;
  section: string;
  kind: string | null;
  target_seconds: number;
  take_id: string | null;
  status: InterviewItem['status'];
  answered_at: string | null;
}

const toItem = (row: ItemRow): InterviewItem => ({
  position: row.position,
  questionId: row.question_id,
  deckId: row.deck_id,
  prompt: row.prompt,
  section: row.section,
  kind: row.kind ?? 'technical',
  targetSeconds: row.target_seconds,
  takeId: row.take_id,
  status: row.status,
  answeredAt: row.answered_at,
});

// Options are stored as they were chosen; a row from an older build falls back to defaults field by field.
const parseOptions = (json: string): InterviewOptions => {
  try {
    const parsed = interviewOptionsSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to defaults
  }
  return interviewOptionsSchema.parse({});
};

/** Mock interviews and their questions in SQLite. */
/** What an interview and its summary both show, from its row. */
const interviewFields = (row: InterviewRow, thinkSeconds: number) => ({
  id: row.id,
  title: row.title,
  deckId: row.deck_id,
  status: row.status,
  currentIndex: row.current_index,
  thinkSeconds,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  finishedAt: row.finished_at,
});

export class InterviewRepo {
  constructor(private readonly db: Db) {}

  create(title: string, options: InterviewOptions, questions: readonly Candidate[]): string {
    const id = newId();
    const now = nowIso();
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO interviews (id, title, deck_id, options, status, current_index, created_at, updated_at)
           VALUES (?, ?, ?, ?, 'active', 0, ?, ?)`,
        )
        .run(id, title, options.deckId, JSON.stringify(options), now, now);
      const insert = this.db.prepare(
        `INSERT INTO interview_items (interview_id, position, question_id, prompt, section, target_seconds)
         VALUES (?, ?, ?, ?, ?, ?)`,
      );
      questions.forEach((q, position) => insert.run(id, position, q.questionId, q.prompt, q.section, q.targetSeconds));
    })();
    return id;
  }

  /** Every question of a visible deck, the pool an interview picks from. */
  candidates(): Candidate[] {
    return this.db
      .prepare(
        `SELECT q.id AS questionId, q.deck_id AS deckId, q.prompt, q.section, q.difficulty, q.kind,
           q.target_seconds AS targetSeconds, q.position, d.title AS deckTitle
         FROM questions q JOIN decks d ON d.id = q.deck_id WHERE d.deleted_at IS NULL`,
      )
      .all() as Candidate[];
  }

  private row(interviewId: string): InterviewRow | undefined {
    return this.db.prepare('SELECT * FROM interviews WHERE id = ?').get(interviewId) as InterviewRow | undefined;
  }

  items(interviewId: string): InterviewItem[] {
    const rows = this.db
      .prepare(
        `SELECT i.*, q.deck_id, q.kind FROM interview_items i LEFT JOIN questions q ON q.id = i.question_id
         WHERE i.interview_id = ? ORDER BY i.position`,
      )
      .all(interviewId) as ItemRow[];
    return rows.map(toItem);
  }

  get(interviewId: string, thinkSeconds: number): Interview | undefined {
    const row = this.row(interviewId);
    if (!row) return undefined;
    return {
      ...interviewFields(row, thinkSeconds),
      options: parseOptions(row.options),
      items: this.items(interviewId),
    };
  }

  list(statuses: readonly InterviewStatus[] | undefined, limit: number, thinkSeconds: number): InterviewSummary[] {
    const filter = statuses?.length ? `WHERE s.status IN (${statuses.map(() => '?').join(', ')})` : '';
    const rows = this.db
      .prepare(
        `SELECT s.*,
           (SELECT COUNT(*) FROM interview_items i WHERE i.interview_id = s.id) AS question_count,
           (SELECT COUNT(*) FROM interview_items i WHERE i.interview_id = s.id AND i.status = 'answered') AS answered_count
         FROM interviews s ${filter} ORDER BY s.updated_at DESC, s.rowid DESC LIMIT ?`,
      )
      .all(...(statuses ?? []), limit) as (InterviewRow & { question_count: number; answered_count: number })[];
    return rows.map((row) => ({
      ...interviewFields(row, thinkSeconds),
      questionCount: row.question_count,
      answeredCount: row.answered_count,
    }));
  }

  setItem(interviewId: string, position: number, status: 'answered' | 'skipped', takeId: string | null): void {
    this.db
      .prepare(
        `UPDATE interview_items SET status = ?, take_id = ?, answered_at = ? WHERE interview_id = ? AND position = ?`,
      )
      .run(status, takeId, status === 'answered' ? nowIso() : null, interviewId, position);
  }

  update(interviewId: string, fields: { status?: InterviewStatus; currentIndex?: number; finished?: boolean }): void {
    const row = this.row(interviewId);
    if (!row) return;
    const now = nowIso();
    this.db
      .prepare('UPDATE interviews SET status = ?, current_index = ?, updated_at = ?, finished_at = ? WHERE id = ?')
      .run(
        fields.status ?? row.status,
        fields.currentIndex ?? row.current_index,
        now,
        fields.finished ? now : row.finished_at,
        interviewId,
      );
  }

  delete(interviewId: string): boolean {
    return this.db.prepare('DELETE FROM interviews WHERE id = ?').run(interviewId).changes === 1;
  }
}
