import type { Deck, DeckSummary, Question, QuestionKind } from '../api/contract/decks';
import type { Db } from '../store/database';
import { newId, nowIso } from '../store/clock';

export interface NewQuestion {
  prompt: string;
  modelAnswer: string;
  section: string;
  difficulty: string | null;
  kind: QuestionKind;
  targetSeconds: number;
  targetSource: 'stated' | 'default';
  sourceLine?: number | null;
}

interface QuestionRow {
  id: string;
  deck_id: string;
  position: number;
  prompt: string;
  model_answer: string;
  section: string;
  difficulty: string | null;
  kind: QuestionKind;
  target_seconds: number;
  target_source: 'stated' | 'default';
}

interface SummaryRow {
  id: string;
  title: string;
  created_at: string;
  updated_at: string;
  question_count: number;
  attempt_count: number;
}

const summarySql = `
  SELECT d.id, d.title, d.created_at, d.updated_at,
    (SELECT COUNT(*) FROM questions q WHERE q.deck_id = d.id) AS question_count,
    (SELECT COUNT(*) FROM attempts a JOIN questions q ON q.id = a.question_id WHERE q.deck_id = d.id) AS attempt_count
  FROM decks d`;

const toSummary = (row: SummaryRow): DeckSummary => ({
  id: row.id,
  title: row.title,
  questionCount: row.question_count,
  attemptCount: row.attempt_count,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toQuestion = (row: QuestionRow): Question => ({
  id: row.id,
  deckId: row.deck_id,
  position: row.position,
  prompt: row.prompt,
  modelAnswer: row.model_answer,
  section: row.section,
  difficulty: row.difficulty,
  kind: row.kind,
  targetSeconds: row.target_seconds,
  targetSource: row.target_source,
});

/** Decks and their questions in SQLite. */
export class DeckRepo {
  constructor(private readonly db: Db) {}

  list(): DeckSummary[] {
    const rows = this.db.prepare(`${summarySql} ORDER BY d.updated_at DESC`).all() as SummaryRow[];
    return rows.map(toSummary);
  }

  summary(deckId: string): DeckSummary | undefined {
    const row = this.db.prepare(`${summarySql} WHERE d.id = ?`).get(deckId) as SummaryRow | undefined;
    return row && toSummary(row);
  }

  get(deckId: string): Deck | undefined {
    const summary = this.summary(deckId);
    if (!summary) return undefined;
    const rows = this.db
      .prepare('SELECT * FROM questions WHERE deck_id = ? ORDER BY position')
      .all(deckId) as QuestionRow[];
    return { ...summary, questions: rows.map(toQuestion) };
  }

  create(title: string, questions: NewQuestion[], source?: { name: string; hash: string }): string {
    const id = newId();
    const now = nowIso();
    this.db.transaction(() => {
      this.db
        .prepare(
          'INSERT INTO decks (id, title, source_name, source_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)',
        )
        .run(id, title, source?.name ?? null, source?.hash ?? null, now, now);
      this.insertQuestions(id, questions, 0);
    })();
    return id;
  }

  insertQuestions(deckId: string, questions: NewQuestion[], firstPosition: number): string[] {
    const insert = this.db.prepare(
      `INSERT INTO questions (id, deck_id, position, prompt, model_answer, section, difficulty, kind,
        target_seconds, target_source, source_line, created_at, updated_at)
       VALUES (@id, @deckId, @position, @prompt, @modelAnswer, @section, @difficulty, @kind,
        @targetSeconds, @targetSource, @sourceLine, @now, @now)`,
    );
    const now = nowIso();
    return questions.map((question, index) => {
      const id = newId();
      insert.run({ ...question, sourceLine: question.sourceLine ?? null, id, deckId, position: firstPosition + index, now });
      return id;
    });
  }

  rename(deckId: string, title: string): boolean {
    return this.db.prepare('UPDATE decks SET title = ?, updated_at = ? WHERE id = ?').run(title, nowIso(), deckId)
      .changes === 1;
  }

  /** Deletes the deck's rows (questions and attempts cascade) and returns the media files left to remove. */
  delete(deckId: string): { deleted: boolean; files: string[] } {
    return this.db.transaction(() => {
      const files = this.db
        .prepare(
          `SELECT a.video_file, a.audio_file FROM attempts a JOIN questions q ON q.id = a.question_id
           WHERE q.deck_id = ?`,
        )
        .all(deckId) as { video_file: string | null; audio_file: string | null }[];
      const deleted = this.db.prepare('DELETE FROM decks WHERE id = ?').run(deckId).changes === 1;
      return { deleted, files: files.flatMap((f) => [f.video_file, f.audio_file]).filter((f): f is string => !!f) };
    })();
  }
}
