import type { Question, QuestionInput } from '@contract/decks';
import type { Db } from '../store/database';
import { nowIso } from '../store/clock';
import { toQuestion, type QuestionRow } from './deck-rows';
import { extrasFromRow, extrasToRow } from './question-extras';
import type { DeckRepo } from './deck-repo';

type PlainField = Exclude<keyof QuestionInput, keyof ReturnType<typeof extrasFromRow>>;
const columns: Record<PlainField, string> = {
  prompt: 'prompt',
  modelAnswer: 'model_answer',
  section: 'section',
  difficulty: 'difficulty',
  kind: 'kind',
  targetSeconds: 'target_seconds',
  targetSource: 'target_source',
};

/** Single questions: read, add, edit, delete. Whole decks live in DeckRepo. */
export class QuestionRepo {
  constructor(
    private readonly db: Db,
    private readonly decks: DeckRepo,
  ) {}

  /** A question of a deck the user can see. */
  get(questionId: string): Question | undefined {
    const row = this.db
      .prepare(`SELECT q.* FROM questions q JOIN decks d ON d.id = q.deck_id WHERE q.id = ? AND d.deleted_at IS NULL`)
      .get(questionId) as QuestionRow | undefined;
    return row && toQuestion(row);
  }

  /** Rows of a deck with the key each was imported under, for matching a re-import. */
  rows(deckId: string): QuestionRow[] {
    return this.db.prepare('SELECT * FROM questions WHERE deck_id = ? ORDER BY position').all(deckId) as QuestionRow[];
  }

  nextPosition(deckId: string): number {
    const max = this.db.prepare('SELECT MAX(position) FROM questions WHERE deck_id = ?').pluck().get(deckId) as
      number | null;
    return max === null ? 0 : max + 1;
  }

  add(deckId: string, question: QuestionInput): Question {
    const [id] = this.decks.insertQuestions(deckId, [question], this.nextPosition(deckId));
    this.decks.touch(deckId);
    return this.get(id!)!;
  }

  /** Applies the given fields; the import key stays, so re-importing the guide still finds the question. */
  update(questionId: string, patch: Partial<QuestionInput>, importKey?: string): Question | undefined {
    const { notes, sourceNote, tags, answerLabel, alternatives, ...plain } = patch;
    const entries = Object.entries(plain).filter(([, v]) => v !== undefined) as [PlainField, unknown][];
    const sets = entries.map(([key]) => `${columns[key]} = @${key}`);
    // Extras are written only when the patch names them; a stored JSON column takes the whole new value.
    const extras = extrasToRow({ notes, sourceNote, tags, answerLabel, alternatives });
    const given = { notes, source_note: sourceNote, tags, answer_label: answerLabel, alternatives };
    const extraEntries = (Object.keys(given) as (keyof typeof given)[]).filter((k) => given[k] !== undefined);
    sets.push(...extraEntries.map((k) => `${k} = @x_${k}`));
    if (importKey !== undefined) sets.push('import_key = @importKey');
    const values = {
      ...Object.fromEntries(entries),
      ...Object.fromEntries(extraEntries.map((k) => [`x_${k}`, extras[k]])),
      ...(importKey !== undefined ? { importKey } : {}),
      id: questionId,
      now: nowIso(),
    };
    const changed = this.db
      .prepare(`UPDATE questions SET ${[...sets, 'updated_at = @now'].join(', ')} WHERE id = @id`)
      .run(values).changes;
    if (!changed) return undefined;
    const question = this.get(questionId);
    if (question) this.decks.touch(question.deckId);
    return question;
  }

  /** Deletes the question (takes cascade) and returns the media files left to remove. */
  delete(questionId: string): { deleted: boolean; files: string[] } {
    return this.db.transaction(() => {
      const deckId = this.get(questionId)?.deckId;
      if (!deckId) return { deleted: false, files: [] };
      const files = this.db
        .prepare('SELECT video_file, audio_file FROM takes WHERE question_id = ?')
        .all(questionId) as { video_file: string | null; audio_file: string | null }[];
      this.db.prepare('DELETE FROM questions WHERE id = ?').run(questionId);
      this.decks.touch(deckId);
      return {
        deleted: true,
        files: files.flatMap((f) => [f.video_file, f.audio_file]).filter((f): f is string => !!f),
      };
    })();
  }
}
