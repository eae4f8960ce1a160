import type { QuestionKind } from '@contract/decks';
import type { Db } from '../store/database';
import { JobTable } from '../store/job-table';

/** The take and its question as scoring reads them. */
export interface TakeSourceRow {
  deck_id: string;
  prompt: string;
  model_answer: string;
  kind: QuestionKind;
  target_seconds: number;
  duration_ms: number | null;
  follow_up: string | null;
}

/** The rows a take's score is worked out from: the take, its question, its deck, its transcript and any correction. */
export class TakeSourceRepo {
  private readonly transcriptions: JobTable;

  constructor(private readonly db: Db) {
    this.transcriptions = new JobTable(db, 'transcribe');
  }

  take(takeId: string): TakeSourceRow | undefined {
    return this.db
      .prepare(
        `SELECT q.deck_id, q.prompt, q.model_answer, q.kind, q.target_seconds, a.duration_ms, a.follow_up
         FROM takes a JOIN questions q ON q.id = a.question_id WHERE a.id = ?`,
      )
      .get(takeId) as TakeSourceRow | undefined;
  }

  /** The latest finished transcription that holds words. */
  transcriptJob(takeId: string): { id: string; result: string } | undefined {
    const row = this.transcriptions.latestResult(takeId);
    return row && { id: row.id, result: row.result! };
  }

  /** The user's correction of the transcript, as stored. */
  edit(takeId: string): { words: string; text: string } | undefined {
    return this.db.prepare('SELECT words, text FROM transcript_edits WHERE take_id = ?').get(takeId) as
      { words: string; text: string } | undefined;
  }

  /** Every question of a deck with its model answer, in a stable order. */
  deckAnswers(deckId: string): { prompt: string; model_answer: string }[] {
    return this.db
      .prepare('SELECT prompt, model_answer FROM questions WHERE deck_id = ? ORDER BY position, id')
      .all(deckId) as { prompt: string; model_answer: string }[];
  }
}
