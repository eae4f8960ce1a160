import type { SearchHit } from '@contract/decks';
import type { Db } from '../store/database';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

interface HitRow {
  deck_id: string;
  deck_title: string;
  question_id: string | null;
  prompt: string | null;
  section: string;
  field: SearchHit['field'];
}

/**
 * Decks whose title, and questions whose prompt, section or answer, contain
 * every word of the query (any order, case-insensitive). A deck library is a
 * few thousand rows at most, so a scan with LIKE is fast enough.
 */
export function searchDecks(db: Db, query: string, limit = 100): SearchHit[] {
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
  const rows = db
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
