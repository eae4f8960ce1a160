import type { AlternativeAnswer, QuestionKind } from '@contract/deck-import';
import type { Deck, DeckSummary, SearchHit } from '@contract/decks';
import type { Db } from '../store/database';
import { newId, nowIso } from '../store/clock';
import { normalizePrompt } from './markdown/inline-text';
import { extrasToRow } from './question-extras';
import { summarySql, toQuestion, toSummary, type QuestionRow, type SummaryRow } from './deck-rows';

export interface NewQuestion {
  prompt: string;
  modelAnswer: string;
  section: string;
  difficulty: string | null;
  kind: QuestionKind;
  targetSeconds: number;
  targetSource: 'stated' | 'default';
  sourceLine?: number | null;
  notes?: string;
  sourceNote?: string;
  tags?: string[];
  answerLabel?: string;
  alternatives?: AlternativeAnswer[];
}

export interface DeckSource {
  name: string;
  hash: string;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

interface HitRow {
  deck_id: string;
  deck_title: string;
  question_id: string | null;
  prompt: string | null;
  section: string;
  field: SearchHit['field'];
}

/** Decks and their questions in SQLite. */
export class DeckRepo {
  constructor(private readonly db: Db) {}

  list(): DeckSummary[] {
    const rows = this.db.prepare(`${summarySql} ORDER BY d.updated_at DESC, d.rowid DESC`).all() as SummaryRow[];
    return rows.map(toSummary);
  }

  summary(deckId: string): DeckSummary | undefined {
    const row = this.db.prepare(`${summarySql} AND d.id = ?`).get(deckId) as SummaryRow | undefined;
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

  create(title: string, questions: NewQuestion[], source?: DeckSource): string {
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
        target_seconds, target_source, source_line, import_key, notes, source_note, tags, answer_label, alternatives,
        created_at, updated_at)
       VALUES (@id, @deckId, @position, @prompt, @modelAnswer, @section, @difficulty, @kind,
        @targetSeconds, @targetSource, @sourceLine, @importKey, @notes, @source_note, @tags, @answer_label, @alternatives,
        @now, @now)`,
    );
    const now = nowIso();
    return questions.map((question, index) => {
      const id = newId();
      const { notes: _n, sourceNote: _s, tags: _t, answerLabel: _l, alternatives: _a, ...plain } = question;
      insert.run({
        ...plain,
        ...extrasToRow(question),
        sourceLine: question.sourceLine ?? null,
        importKey: normalizePrompt(question.prompt),
        id,
        deckId,
        position: firstPosition + index,
        now,
      });
      return id;
    });
  }

  /** The deck that came from this file before: same text first, then same file name. */
  findBySource(source: DeckSource): { id: string; title: string } | undefined {
    const find = (column: 'source_hash' | 'source_name', value: string) =>
      this.db
        .prepare(
          `SELECT id, title FROM decks WHERE ${column} = ? AND deleted_at IS NULL ORDER BY updated_at DESC LIMIT 1`,
        )
        .get(value) as { id: string; title: string } | undefined;
    return find('source_hash', source.hash) ?? (source.name ? find('source_name', source.name) : undefined);
  }

  source(deckId: string): DeckSource | null {
    const row = this.db.prepare('SELECT source_name, source_hash FROM decks WHERE id = ?').get(deckId) as
      { source_name: string | null; source_hash: string | null } | undefined;
    return row?.source_name || row?.source_hash ? { name: row.source_name ?? '', hash: row.source_hash ?? '' } : null;
  }

  setSource(deckId: string, source: DeckSource): void {
    this.db
      .prepare('UPDATE decks SET source_name = ?, source_hash = ?, updated_at = ? WHERE id = ?')
      .run(source.name, source.hash, nowIso(), deckId);
  }

  touch(deckId: string): void {
    this.db.prepare('UPDATE decks SET updated_at = ? WHERE id = ?').run(nowIso(), deckId);
  }

  rename(deckId: string, title: string): boolean {
    return (
      this.db
        .prepare('UPDATE decks SET title = ?, updated_at = ? WHERE id = ? AND deleted_at IS NULL')
        .run(title, nowIso(), deckId).changes === 1
    );
  }

  /** Hides the deck until it is restored or purged. */
  trash(deckId: string): boolean {
    return (
      this.db.prepare('UPDATE decks SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(nowIso(), deckId)
        .changes === 1
    );
  }

  restore(deckId: string): boolean {
    return (
      this.db.prepare('UPDATE decks SET deleted_at = NULL WHERE id = ? AND deleted_at IS NOT NULL').run(deckId)
        .changes === 1
    );
  }

  /** Trashed decks deleted at or before `cutoff` (ISO time), oldest first. */
  trashedBefore(cutoff: string): string[] {
    return this.db
      .prepare('SELECT id FROM decks WHERE deleted_at IS NOT NULL AND deleted_at <= ? ORDER BY deleted_at')
      .pluck()
      .all(cutoff) as string[];
  }

  /** Deletes the deck's rows (questions and takes cascade) and returns the media files left to remove. */
  delete(deckId: string): { deleted: boolean; files: string[] } {
    return this.db.transaction(() => {
      const files = this.db
        .prepare(
          `SELECT a.video_file, a.audio_file FROM takes a JOIN questions q ON q.id = a.question_id
           WHERE q.deck_id = ?`,
        )
        .all(deckId) as { video_file: string | null; audio_file: string | null }[];
      const deleted = this.db.prepare('DELETE FROM decks WHERE id = ?').run(deckId).changes === 1;
      return { deleted, files: files.flatMap((f) => [f.video_file, f.audio_file]).filter((f): f is string => !!f) };
    })();
  }

  /**
   * Decks whose title, and questions whose prompt, section or answer, contain
   * every word of the query (any order, case-insensitive). A deck library is a
   * few thousand rows at most, so a scan with LIKE is fast enough.
   */
  search(query: string, limit = 100): SearchHit[] {
    const words = query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, 8);
    if (words.length === 0) return [];
    const all = (expr: string) => words.map(() => `lower(${expr}) LIKE ? ESCAPE '\\'`).join(' AND ');
    const params = words.map((w) => `%${escapeLike(w)}%`);
    const sql = `
      SELECT d.id AS deck_id, d.title AS deck_title, NULL AS question_id, NULL AS prompt, '' AS section, 'title' AS field, 0 AS rank, d.updated_at AS at
        FROM decks d WHERE d.deleted_at IS NULL AND ${all('d.title')}
      UNION ALL
      SELECT d.id, d.title, q.id, q.prompt, q.section,
        CASE WHEN ${all('q.prompt')} THEN 'prompt' WHEN ${all('q.section')} THEN 'section' ELSE 'answer' END,
        CASE WHEN ${all('q.prompt')} THEN 1 WHEN ${all('q.section')} THEN 2 ELSE 3 END, d.updated_at
        FROM questions q JOIN decks d ON d.id = q.deck_id
        WHERE d.deleted_at IS NULL AND (${all('q.prompt')} OR ${all('q.section')} OR ${all("q.prompt || ' ' || q.section || ' ' || q.model_answer")})
      ORDER BY rank, at DESC LIMIT ?`;
    const rows = this.db
      .prepare(sql)
      .all(...params, ...params, ...params, ...params, ...params, ...params, ...params, ...params, limit) as HitRow[];
    return rows.map((r) => ({
      deckId: r.deck_id,
      deckTitle: r.deck_title,
      questionId: r.question_id,
      prompt: r.prompt,
      section: r.section,
      field: r.field,
    }));
  }
}
