import type { Transcript, Word } from '@contract/transcription';
import { EventBus } from '@contract/event-bus';
import { FeedbackService } from '../../feedback/feedback-service';
import type { ApiKeyStore } from '../../transcription/keys/api-key-store';
import { ServerKeys } from '../../transcription/keys/server-keys';
import { DeckRepo } from '../../decks/deck-repo';
import { silentLogger } from '../../logger';
import { TakeRepo } from '../../recording/take-repo';
import { newId, nowIso } from '../../store/clock';
import { openDatabase } from '../../store/database';
import { ReviewService } from '../review-service';
import { w } from './sample-words';

export const modelAnswer = [
  'Put a cache in front of the database.',
  '',
  '- **Redis** with a TTL keeps hot reads in memory',
  '- Measure the hit ratio before and after the change',
].join('\n');

/** "um so I would put a Redis cache in front of the database [pause] with a TTL" */
export const answerWords: Word[] = [
  w('Um,', 0.5, 0.8),
  w('so', 0.9, 1.0),
  w('I', 1.1, 1.2),
  w('would', 1.2, 1.4),
  w('put', 1.4, 1.6),
  w('a', 1.6, 1.7),
  w('Redis', 1.7, 2.1),
  w('cache', 2.1, 2.5),
  w('in', 2.5, 2.6),
  w('front', 2.6, 2.9),
  w('of', 2.9, 3.0),
  w('the', 3.0, 3.1),
  w('database.', 3.1, 3.6),
  w('With', 6.4, 6.6),
  w('a', 6.6, 6.7),
  w('TTL.', 6.7, 7.2),
];

export function transcriptOf(words: readonly Word[]): Transcript {
  return {
    text: words.map((word) => word.text).join(' '),
    language: 'en',
    segments: [
      { start: words[0]?.start ?? 0, end: words.at(-1)?.end ?? 0, text: words.map((word) => word.text).join(' ') },
    ],
    words: [...words],
    engine: 'local',
    model: 'scripted',
    seconds: 0.5,
  };
}

/** An in-memory store with one deck, one question and helpers to add takes and jobs as the other services would. */
export function reviewFixture() {
  const db = openDatabase(':memory:');
  const events = new EventBus();
  const emitted: unknown[] = [];
  events.subscribe((name, payload) => emitted.push({ name, payload }));
  const decks = new DeckRepo(db);
  const deckId = decks.create('Systems', [
    {
      prompt: 'How would you speed up reads?',
      modelAnswer,
      section: '',
      difficulty: null,
      kind: 'technical',
      targetSeconds: 60,
      targetSource: 'stated',
    },
    {
      prompt: 'Tell me about a conflict.',
      modelAnswer: 'Situation, task, action, result.',
      section: '',
      difficulty: null,
      kind: 'behavioral',
      targetSeconds: 120,
      targetSource: 'default',
    },
  ]);
  const questionId = decks.get(deckId)!.questions[0]!.id;
  const takes = new TakeRepo(db);
  const retried: string[] = [];
  // The real scoring pipeline, fed by hand instead of by a transcription queue.
  const keyStore: ApiKeyStore = {
    kind: 'file',
    warning: null,
    get: () => Promise.resolve(null),
    set: () => Promise.resolve(),
    adoptLegacyKey: () => Promise.resolve(),
  };
  const feedback = new FeedbackService({
    db,
    events,
    logger: silentLogger,
    transcription: { onTranscribed: () => () => undefined, keys: new ServerKeys(keyStore, () => []) },
  });
  const service = new ReviewService({
    db,
    takes,
    events,
    logger: silentLogger,
    retryTranscription: (jobId) => void retried.push(jobId),
    rescore: (takeId) => void feedback.rescore(takeId),
  });

  const addJob = (
    takeId: string,
    kind: 'transcribe' | 'score' | 'coach',
    status: string,
    fields: { progress?: number; result?: object; error?: [string, string] } = {},
  ) => {
    const at = nowIso();
    const id = newId();
    db.prepare(
      `INSERT INTO jobs (id, kind, take_id, status, progress, result, error_code, error_message, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      id,
      kind,
      takeId,
      status,
      fields.progress ?? 0,
      fields.result ? JSON.stringify(fields.result) : null,
      fields.error?.[0] ?? null,
      fields.error?.[1] ?? null,
      at,
      at,
    );
    return id;
  };
  /** A finished transcription, scored as the feedback pipeline scores each one; resolves once the score is stored. */
  const addTranscript = async (takeId: string, words: readonly Word[]) => {
    const jobId = addJob(takeId, 'transcribe', 'done', { progress: 1, result: transcriptOf(words) });
    await feedback.rescore(takeId);
    return jobId;
  };
  const addTake = (durationMs = 7500) => {
    const take = takes.create(questionId, { videoFile: 'take.webm', audioFile: 'take.wav' });
    takes.finish(take.id, 'recorded', durationMs);
    return take.id;
  };
  const scoreRows = (takeId: string) =>
    (
      db.prepare(`SELECT COUNT(*) AS n FROM jobs WHERE kind = 'score' AND take_id = ?`).get(takeId) as {
        n: number;
      }
    ).n;
  return {
    db,
    service,
    feedback,
    questionId,
    takes,
    addTake,
    addJob,
    addTranscript,
    scoreRows,
    retried,
    emitted,
    close: () => db.close(),
  };
}
