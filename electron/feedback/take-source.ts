import type { QuestionKind } from '@contract/decks';
import { transcriptSchema, wordSchema, type Word } from '@contract/transcription';
import { AppError } from '@contract/app-error';
import type { DeckQuestion } from '../scoring/content/deck';
import type { Db } from '../store/database';
import { askedFollowUpSchema } from '@contract/follow-ups';
import { z } from 'zod';
import { TakeSourceRepo } from './take-source-repo';

/** Everything about one take that its score depends on. */
export interface TakeSource {
  takeId: string;
  deckId: string;
  question: { prompt: string; modelAnswer: string; kind: QuestionKind; targetSeconds: number };
  durationMs: number | null;
  transcript: {
    text: string;
    words: Word[];
    /** 'edited' when the user corrected the recogniser's words. */
    source: 'original' | 'edited';
    /** The transcription job the words came from (the original words under an edit). */
    jobId: string | null;
  };
}

const editedWords = z.array(wordSchema);

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The take's current transcript: the user's correction when there is one, else the latest finished transcription. */
function currentTranscript(db: Db, takeId: string): TakeSource['transcript'] | null {
  const repo = new TakeSourceRepo(db);
  const job = repo.transcriptJob(takeId);
  const edit = repo.edit(takeId);
  const words = edit && editedWords.safeParse(parseJson(edit.words));
  if (edit && words?.success) return { text: edit.text, words: words.data, source: 'edited', jobId: job?.id ?? null };
  const transcript = job && transcriptSchema.safeParse(parseJson(job.result));
  if (!job || !transcript?.success) return null;
  return { text: transcript.data.text, words: transcript.data.words, source: 'original', jobId: job.id };
}

/**
 * A follow-up answer is judged on the key points its follow-up probes, one
 * per line of the model answer, against the follow-up's own shorter clock.
 */
function followUpQuestion(stored: string | null): TakeSource['question'] | null {
  const followUp = stored ? askedFollowUpSchema.safeParse(parseJson(stored)) : null;
  if (!followUp?.success) return null;
  return {
    prompt: followUp.data.text,
    modelAnswer: followUp.data.probes.map((point) => `- ${point}`).join('\n'),
    // Structure is judged on the short answer as technical: a follow-up asks for one point, not a whole story.
    kind: 'technical',
    targetSeconds: followUp.data.targetSeconds,
  };
}

/** Reads a take for scoring; throws when the take is gone or has no transcript yet. */
export function loadTakeSource(db: Db, takeId: string): TakeSource {
  const row = new TakeSourceRepo(db).take(takeId);
  if (!row) throw new AppError('NOT_FOUND', { what: 'take' });
  const transcript = currentTranscript(db, takeId);
  if (!transcript) throw new AppError('CONFLICT', { reason: 'no-transcript' });
  return {
    takeId,
    deckId: row.deck_id,
    question: followUpQuestion(row.follow_up) ?? {
      prompt: row.prompt,
      modelAnswer: row.model_answer,
      kind: row.kind,
      targetSeconds: row.target_seconds,
    },
    durationMs: row.duration_ms,
    transcript,
  };
}

/** Every question of a deck with its model answer, in a stable order: the deck as the scorer sees it. */
export function deckQuestions(db: Db, deckId: string): DeckQuestion[] {
  return new TakeSourceRepo(db).deckAnswers(deckId).map((r) => ({ question: r.prompt, modelAnswer: r.model_answer }));
}
