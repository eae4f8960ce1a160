import {
  sessionOptionsSchema,
  type Session,
  type SessionItem,
  type SessionOptions,
  type SessionStatus,
  type SessionSummary,
} from '@contract/sessions';
import type { Db } from '../../store/database';
import { newId, nowIso } from '../../store/clock';
import type { Candidate } from './pick-questions';

interface SessionRow {
  id: string;
  title: string;
  deck_id: string | null;
  options: string;
  status: SessionStatus;
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
  attempt_id: string | null;
  status: SessionItem['status'];
  answered_at: string | null;
}

const toItem = (row: ItemRow): SessionItem => ({
  position: row.position,
  questionId: row.question_id,
  deckId: row.deck_id,
  prompt: row.prompt,
  section: row.section,
  kind: row.kind ?? 'technical',
  targetSeconds: row.target_seconds,
  attemptId: row.attempt_id,
  status: row.status,
  answeredAt: row.answered_at,
});

// Options are stored as they were chosen; a row from an older build falls back to defaults field by field.
const parseOptions = (json: string): SessionOptions => {
  try {
    const parsed = sessionOptionsSchema.safeParse(JSON.parse(json));
    if (parsed.success) return parsed.data;
  } catch {
    // fall through to defaults
  }
  return sessionOptionsSchema.parse({});
};

/** Mock interviews and their questions in SQLite. */
/** What a session and its summary both show, from its row. */
const sessionFields = (row: SessionRow, thinkSeconds: number) => ({
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

export class SessionRepo {
  constructor(private readonly db: Db) {}

  create(title: string, options: SessionOptions, questions: readonly Candidate[]): string {
    const id = newId();
    const now = nowIso();
    this.db.transaction(() => {
      this.db
        .prepare(
          `INSERT INTO sessions (id, title, deck_id, options, status, current_index, created_at, updated_at)
           VALUES (?, ?, ?, ?, 'active', 0, ?, ?)`,
        )
        .run(id, title, options.deckId, JSON.stringify(options), now, now);
      const insert = this.db.prepare(
        `INSERT INTO session_items (session_id, position, question_id, prompt, section, target_seconds)
         VALUES (?, ?, ?, ?, ?, ?)`,
      );
      questions.forEach((q, position) => insert.run(id, position, q.questionId, q.prompt, q.section, q.targetSeconds));
    })();
    return id;
  }

  /** Every question of a visible deck, the pool a session picks from. */
  candidates(): Candidate[] {
    return this.db
      .prepare(
        `SELECT q.id AS questionId, q.deck_id AS deckId, q.prompt, q.section, q.difficulty, q.kind,
           q.target_seconds AS targetSeconds, q.position, d.title AS deckTitle
         FROM questions q JOIN decks d ON d.id = q.deck_id WHERE d.deleted_at IS NULL`,
      )
      .all() as Candidate[];
  }

  private row(sessionId: string): SessionRow | undefined {
    return this.db.prepare('SELECT * FROM sessions WHERE id = ?').get(sessionId) as SessionRow | undefined;
  }

  items(sessionId: string): SessionItem[] {
    const rows = this.db
      .prepare(
        `SELECT i.*, q.deck_id, q.kind FROM session_items i LEFT JOIN questions q ON q.id = i.question_id
         WHERE i.session_id = ? ORDER BY i.position`,
      )
      .all(sessionId) as ItemRow[];
    return rows.map(toItem);
  }

  get(sessionId: string, thinkSeconds: number): Session | undefined {
    const row = this.row(sessionId);
    if (!row) return undefined;
    return {
      ...sessionFields(row, thinkSeconds),
      options: parseOptions(row.options),
      items: this.items(sessionId),
    };
  }

  list(statuses: readonly SessionStatus[] | undefined, limit: number, thinkSeconds: number): SessionSummary[] {
    const filter = statuses?.length ? `WHERE s.status IN (${statuses.map(() => '?').join(', ')})` : '';
    const rows = this.db
      .prepare(
        `SELECT s.*,
           (SELECT COUNT(*) FROM session_items i WHERE i.session_id = s.id) AS question_count,
           (SELECT COUNT(*) FROM session_items i WHERE i.session_id = s.id AND i.status = 'answered') AS answered_count
         FROM sessions s ${filter} ORDER BY s.updated_at DESC, s.rowid DESC LIMIT ?`,
      )
      .all(...(statuses ?? []), limit) as (SessionRow & { question_count: number; answered_count: number })[];
    return rows.map((row) => ({
      ...sessionFields(row, thinkSeconds),
      questionCount: row.question_count,
      answeredCount: row.answered_count,
    }));
  }

  setItem(sessionId: string, position: number, status: 'answered' | 'skipped', attemptId: string | null): void {
    this.db
      .prepare(
        `UPDATE session_items SET status = ?, attempt_id = ?, answered_at = ? WHERE session_id = ? AND position = ?`,
      )
      .run(status, attemptId, status === 'answered' ? nowIso() : null, sessionId, position);
  }

  update(sessionId: string, fields: { status?: SessionStatus; currentIndex?: number; finished?: boolean }): void {
    const row = this.row(sessionId);
    if (!row) return;
    const now = nowIso();
    this.db
      .prepare('UPDATE sessions SET status = ?, current_index = ?, updated_at = ?, finished_at = ? WHERE id = ?')
      .run(
        fields.status ?? row.status,
        fields.currentIndex ?? row.current_index,
        now,
        fields.finished ? now : row.finished_at,
        sessionId,
      );
  }

  delete(sessionId: string): boolean {
    return this.db.prepare('DELETE FROM sessions WHERE id = ?').run(sessionId).changes === 1;
  }
}
