import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventName } from '@contract';
import { AppError } from '@contract/app-error';
import { storedScores } from '../progress/stored-scores';
import { deckContext } from '../scoring/content/deck';
import { scoreAnswer } from '../scoring/score-answer';
import { startCoachServer } from './coach/testing/coach-server';
import { tempServices } from '../testing/temp-services';
import { updateScoringOverrides } from '../settings/scoring-settings';
import { sharedScorer } from './off-thread-scorer';
import {
  conflictQuestion,
  deployQuestion,
  goodAnswer,
  seedDeck,
  seedTake,
  storeTranscript,
  timedWords,
} from '../testing/seed-take';

let services: ReturnType<typeof tempServices>;
let events: { name: EventName; payload: unknown }[];

beforeEach(() => {
  services = tempServices();
  events = [];
  services.events.subscribe((name, payload) => events.push({ name, payload }));
});
afterEach(() => services.dispose());

const error = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
};

describe('feedback pipeline', () => {
  it('scores a take from its question, timed words, duration and deck, stored as a done score job', async () => {
    const { questionIds } = seedDeck(services);
    const takeId = seedTake(services, questionIds[0]!, 52_000);
    const transcriptJobId = storeTranscript(services, takeId, goodAnswer);

    const job = await services.feedback.rescore(takeId);

    const expected = scoreAnswer(
      {
        question: deployQuestion.prompt,
        modelAnswer: deployQuestion.modelAnswer,
        transcript: goodAnswer,
        durationSeconds: 52,
        targetSeconds: 60,
        kind: 'technical',
        words: timedWords(goodAnswer).map(({ text, start, end }) => ({ text, start, end })),
      },
      {
        deck: deckContext(
          [deployQuestion, conflictQuestion].map((q) => ({ question: q.prompt, modelAnswer: q.modelAnswer })),
        ),
      },
    );
    expect(job).toMatchObject({ takeId, status: 'done', errorCode: null });
    expect(job.report).toEqual(expected);
    expect(job.payload).toEqual({ transcript: 'original', transcriptJobId, settings: {} });
    expect(job.report!.timing).toMatchObject({ durationSeconds: 52, targetSeconds: 60 });
    // The evidence points at the recogniser's timestamps.
    const covered = job.report!.content.keyPoints.find((p) => p.status === 'covered');
    expect(covered?.evidence.start).toBeGreaterThanOrEqual(1);

    expect(storedScores(services.db).get(takeId)).toMatchObject({ overall: expected.overall });
    expect(events).toContainEqual({ name: 'data.changed', payload: { kind: 'takes' } });
    expect(services.feedback.latest(takeId)?.id).toBe(job.id);
  });

  it("re-scores after a transcript edit with the user's words, keeping the earlier score as history", async () => {
    const { questionIds } = seedDeck(services);
    const takeId = seedTake(services, questionIds[0]!);
    storeTranscript(services, takeId, 'um we use some tools to deploy things');
    const before = await services.feedback.rescore(takeId);

    // The review stores corrections in transcript_edits; the recogniser's job stays untouched.
    services.db
      .prepare('INSERT INTO transcript_edits (take_id, words, text, edited_at) VALUES (?, ?, ?, ?)')
      .run(takeId, JSON.stringify(timedWords(goodAnswer)), goodAnswer, new Date().toISOString());
    const after = await services.feedback.rescore(takeId);

    expect(after.payload?.transcript).toBe('edited');
    expect(after.report!.content.score).toBeGreaterThan(before.report!.content.score);
    expect(services.feedback.latest(takeId)?.id).toBe(after.id);
    expect(storedScores(services.db).get(takeId)?.overall).toBe(after.report!.overall);
    const rows = services.db.prepare("SELECT COUNT(*) AS n FROM jobs WHERE kind = 'score'").get() as { n: number };
    expect(rows.n).toBe(2);
  });

  it("scores with the user's norms and records them with the score", async () => {
    const { questionIds } = seedDeck(services);
    const takeId = seedTake(services, questionIds[0]!);
    storeTranscript(services, takeId, goodAnswer);
    const normal = (await services.feedback.rescore(takeId)).report!;
    updateScoringOverrides(services.db, { weights: { content: 1, delivery: 0, timing: 0, structure: 0 } });
    const job = await services.feedback.rescore(takeId);
    expect(job.payload?.settings).toMatchObject({ weights: { content: 1, delivery: 0, timing: 0, structure: 0 } });
    expect(job.report!.breakdown.weights.content).toBe(1);
    expect(job.report!.overall).toBe(normal.content.score);
  });

  it('says why a take cannot be scored: gone, or not transcribed yet', async () => {
    const { questionIds } = seedDeck(services);
    const takeId = seedTake(services, questionIds[0]!);
    expect(error(() => services.feedback.rescore(takeId)).code).toBe('CONFLICT');
    expect(error(() => services.feedback.rescore('no-such-take')).code).toBe('NOT_FOUND');
    expect(services.feedback.latest(takeId)).toBeUndefined();
  });

  it("stores a score as running at once and as done when the scorer's worker answers", async () => {
    const { questionIds } = seedDeck(services);
    const takeId = seedTake(services, questionIds[0]!);
    storeTranscript(services, takeId, goodAnswer);
    const scored = services.feedback.rescore(takeId);
    expect(services.feedback.latest(takeId)).toMatchObject({ status: 'running', report: null });
    expect(events).toContainEqual({ name: 'data.changed', payload: { kind: 'jobs' } });
    expect(await scored).toMatchObject({ status: 'done', errorCode: null });
  });

  it('a scorer that stops under a take fails its score with a code and keeps the take, and a retry scores it', async () => {
    const { questionIds } = seedDeck(services);
    const takeId = seedTake(services, questionIds[1]!);
    storeTranscript(services, takeId, 'so the situation was a rewrite and the result was a launch on time');
    const scored = services.feedback.rescore(takeId);
    await sharedScorer().stop();
    expect(await scored).toMatchObject({
      status: 'failed',
      errorCode: 'INTERNAL',
      errorDetail: { reason: 'scoring-crashed' },
      report: null,
    });
    expect(storedScores(services.db).has(takeId)).toBe(false);
    expect(services.takes.get(takeId)).toBeDefined();
    expect(await services.feedback.rescore(takeId)).toMatchObject({ status: 'done', errorCode: null });
    expect(storedScores(services.db).has(takeId)).toBe(true);
  });

  it('a duration the recorder lost is taken from the last word', async () => {
    const { questionIds } = seedDeck(services);
    const takeId = seedTake(services, questionIds[0]!, null);
    storeTranscript(services, takeId, goodAnswer);
    const lastEnd = timedWords(goodAnswer).at(-1)!.end;
    expect((await services.feedback.rescore(takeId)).report!.timing.durationSeconds).toBeCloseTo(lastEnd, 1);
  });
});

describe('feedback at start-up', () => {
  it('scores transcripts finished but never scored, and marks a score a crash interrupted as failed', async () => {
    const { questionIds } = seedDeck(services);
    const unscored = seedTake(services, questionIds[0]!);
    storeTranscript(services, unscored, goodAnswer);
    const interrupted = seedTake(services, questionIds[0]!);
    const stuck = services.feedback.scores.begin(interrupted, {
      transcript: 'original',
      transcriptJobId: null,
      settings: {},
    });
    const scored = seedTake(services, questionIds[0]!);
    storeTranscript(services, scored, goodAnswer);
    const kept = await services.feedback.rescore(scored);

    // A second start over the same data is what the next launch does.
    services.feedback.close();
    services.feedback.start();
    await services.feedback.idle();

    expect(services.feedback.latest(unscored)).toMatchObject({ status: 'done' });
    expect(services.feedback.scores.get(stuck)).toMatchObject({ status: 'failed', errorCode: 'INTERNAL' });
    expect(services.feedback.latest(scored)?.id).toBe(kept.id);
    expect(services.feedback.scores.awaitingScore()).toEqual([]);
  });
});

describe('feedback while all data is deleted', () => {
  it('cancelAll stops a coach request that would hang, scores nothing while held, and resumes', async () => {
    const server = await startCoachServer(['hang']);
    services.settings.update({ coachEnabled: true, coachBaseUrl: server.baseUrl, coachModel: 'gpt-test' });
    const { questionIds } = seedDeck(services);
    const takeId = seedTake(services, questionIds[0]!);
    storeTranscript(services, takeId, goodAnswer);
    await services.feedback.rescore(takeId);
    await vi.waitFor(() => expect(server.stats.requests).toBe(1));

    const resume = await services.feedback.cancelAll();
    expect(services.feedback.coach.latest(takeId)).toMatchObject({ status: 'canceled' });
    expect(error(() => services.feedback.rescore(takeId))).toMatchObject({ code: 'CONFLICT' });
    await expect(services.feedback.askCoach(takeId)).rejects.toMatchObject({ code: 'CONFLICT' });

    resume();
    expect(await services.feedback.rescore(takeId)).toMatchObject({ status: 'done' });
    await services.feedback.coach.idle();
    expect(services.feedback.coach.latest(takeId)).toMatchObject({ status: 'done' });
    await server.close();
  });
});
