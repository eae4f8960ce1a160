import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CoachJob } from '@contract/coach';
import { goodAnswer, seedDeck, seedTake, storeTranscript } from '../../testing/seed-take';
import { tempServices } from '../../testing/temp-services';
import { currentPromptTemplate } from './prompt-template';
import { sampleAdvice, startCoachServer, type CoachReply } from './testing/coach-server';
import type { CallName } from '@contract';
import { apiCaller } from '../../testing/api-caller';

let services: ReturnType<typeof tempServices>;
let server: Awaited<ReturnType<typeof startCoachServer>> | null;
let coachEvents: CoachJob[];

beforeEach(() => {
  services = tempServices();
  server = null;
  coachEvents = [];
  services.events.subscribe((name, payload) => {
    if (name === 'coach.job') coachEvents.push(payload as CoachJob);
  });
});
afterEach(async () => {
  await services.feedback.coach.idle();
  services.dispose();
  await server?.close();
});

const api = apiCaller(() => services);
/** Untyped on purpose: these tests read a few fields of many different results. */
const call = (name: CallName, input: unknown = {}) => api.value(name, input as never) as Promise<never>;

async function coachOn(replies: CoachReply[] = []) {
  server = await startCoachServer(replies);
  await call('settings.update', { coachEnabled: true, coachBaseUrl: server.baseUrl, coachModel: 'gpt-test' });
}

function transcribedTake(): string {
  const { questionIds } = seedDeck(services);
  const takeId = seedTake(services, questionIds[0]!);
  storeTranscript(services, takeId, goodAnswer);
  return takeId;
}

describe('the coach', () => {
  it('is off by default: no request, no coach job, and asking for one says so', async () => {
    server = await startCoachServer();
    expect(await call('coach.status')).toMatchObject({ enabled: false, blocker: 'DISABLED' });
    const takeId = transcribedTake();
    await services.feedback.rescore(takeId);
    await services.feedback.coach.idle();
    expect(server.stats.requests).toBe(0);
    expect(await call('coach.get', { takeId })).toBeNull();
    await expect(call('coach.run', { takeId })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('needs a key for OpenAI itself, kept in the key store and never in settings', async () => {
    await call('settings.update', { coachEnabled: true });
    expect(await call('coach.status')).toMatchObject({ enabled: true, blocker: 'API_KEY_MISSING' });
    await call('coach.apiKey.set', { key: 'sk-secret-key' });
    expect(await call('coach.status')).toMatchObject({ blocker: null, model: 'gpt-4o-mini' });
    const stored = services.db.prepare('SELECT group_concat(value) AS all_values FROM settings').get() as {
      all_values: string;
    };
    expect(stored.all_values).not.toContain('sk-secret-key');
  });

  it('after the local score, adds its advice beside it with the prompt version and the score it read', async () => {
    await coachOn();
    await call('coach.apiKey.set', { key: 'sk-test' });
    const takeId = transcribedTake();
    const score = await services.feedback.rescore(takeId);
    await services.feedback.coach.idle();

    const job: CoachJob = await call('coach.get', { takeId });
    const template = currentPromptTemplate();
    expect(job).toMatchObject({ status: 'done', errorCode: null });
    expect(job.result).toMatchObject({
      promptId: template.id,
      promptVersion: template.version,
      model: 'gpt-test',
      scoreJobId: score.id,
      summary: sampleAdvice.summary,
      tightened: sampleAdvice.tightened,
    });
    expect(job.result!.rubric).toHaveLength(template.rubric.length);
    expect(coachEvents.map((e) => e.status)).toEqual(['running', 'done']);
    // The local score stays the take's score.
    expect(services.feedback.latest(takeId)).toMatchObject({ id: score.id, status: 'done' });
    const sent = server!.received[0]!;
    expect(sent.authorization).toBe('Bearer sk-test');
    expect(sent.messages[1]!.content).toContain(goodAnswer);
  });

  it('stores a refused key as a failed coach job, leaving the local score alone', async () => {
    await coachOn([401]);
    const takeId = transcribedTake();
    const score = await services.feedback.rescore(takeId);
    await services.feedback.coach.idle();
    expect(services.feedback.coach.latest(takeId)).toMatchObject({ status: 'failed', errorCode: 'UNAUTHORIZED' });
    expect(services.feedback.latest(takeId)).toMatchObject({ id: score.id, status: 'done' });

    const again: CoachJob = await call('coach.run', { takeId });
    expect(again.status).toBe('running');
    await services.feedback.coach.idle();
    expect(services.feedback.coach.latest(takeId)).toMatchObject({ status: 'done' });
  });

  it('a newer score of the same take cancels the question still waiting for an answer', async () => {
    await coachOn(['hang']);
    const takeId = transcribedTake();
    await services.feedback.rescore(takeId);
    await expect.poll(() => server!.stats.requests).toBe(1);
    const second = await services.feedback.rescore(takeId);
    await services.feedback.coach.idle();
    const statuses = coachEvents.filter((e) => e.status !== 'running').map((e) => e.status);
    expect(statuses.sort()).toEqual(['canceled', 'done']);
    expect(services.feedback.coach.latest(takeId)?.result?.scoreJobId).toBe(second.id);
  });
});
