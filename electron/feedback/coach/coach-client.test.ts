import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@contract/app-error';
import { askCoach, type CoachConnection, type CoachRequest } from './coach-client';
import { currentPromptTemplate } from './prompt-template';
import { sampleAdvice, startCoachServer, type CoachReply } from './testing/coach-server';

const request: CoachRequest = {
  question: 'How do you deploy to Kubernetes?',
  kind: 'technical',
  modelAnswer: 'With Argo CD syncing Helm charts from Git; roll back by reverting the commit.',
  answer: 'um so we use argo cd and helm charts basically',
  durationSeconds: 41.6,
  targetSeconds: 60,
  localMissed: ['roll back by reverting the commit'],
};

let server: Awaited<ReturnType<typeof startCoachServer>> | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function ask(replies: CoachReply[], connection: Partial<CoachConnection> = {}) {
  server = await startCoachServer(replies);
  return askCoach(
    { baseUrl: server.baseUrl, apiKey: 'sk-test', model: 'gpt-test', timeoutMs: 5_000, ...connection },
    request,
  );
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('askCoach', () => {
  it('sends the versioned prompt with a strict JSON schema and returns the rubric in the template order', async () => {
    const advice = await ask(['ok']);
    const template = currentPromptTemplate();
    expect(advice).toMatchObject({
      promptId: template.id,
      promptVersion: template.version,
      model: 'gpt-test',
      summary: sampleAdvice.summary,
      strengths: sampleAdvice.strengths,
      missed: sampleAdvice.missed,
      tightened: sampleAdvice.tightened,
    });
    expect(advice.rubric.map((r) => [r.key, r.score])).toEqual(
      template.rubric.map((r) => [r.key, sampleAdvice.rubric[r.key as 'accuracy'].score]),
    );
    expect(advice.rubric[0]).toMatchObject({ label: 'Accuracy', max: 5, reason: 'The deployment steps are right.' });

    const [sent] = server!.received;
    expect(sent!.authorization).toBe('Bearer sk-test');
    expect(sent!.responseFormat).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'coach_feedback', strict: true },
    });
    expect(sent!.messages.map((m) => m.role)).toEqual(['system', 'user']);
    const user = sent!.messages[1]!.content;
    expect(user).toContain('um so we use argo cd and helm charts basically');
    expect(user).toContain('(42 s, target 60 s)');
    expect(user).toContain('roll back by reverting the commit');
    expect(user).not.toMatch(/\{\{/);
  });

  it('sends a placeholder key to a server that needs none', async () => {
    await ask(['ok'], { apiKey: null });
    expect(server!.received[0]!.authorization).toBe('Bearer no-key');
  });

  it('reports JSON that does not parse as a format error', async () => {
    const error = await failure(ask(['malformed']));
    expect(error.code).toBe('ENGINE_FAILED');
    expect(error.detail).toMatchObject({ reason: 'bad-format', who: 'coach' });
  });

  it('reports JSON of the wrong shape as a format error', async () => {
    const error = await failure(ask(['wrong-shape']));
    expect(error.code).toBe('ENGINE_FAILED');
    expect(error.detail).toMatchObject({ reason: 'bad-format', who: 'coach' });
  });

  it('maps 401 to UNAUTHORIZED without retrying', async () => {
    const error = await failure(ask([401]));
    expect(error.code).toBe('UNAUTHORIZED');
    expect(server!.stats.requests).toBe(1);
  });

  it('retries a 429 and then succeeds', async () => {
    const advice = await ask([429, 'ok']);
    expect(advice.summary).toBe(sampleAdvice.summary);
    expect(server!.stats.requests).toBe(2);
  });

  it('gives up on a 429 that persists with RATE_LIMITED', async () => {
    const error = await failure(ask([429, 429], { maxRetries: 1 }));
    expect(error.code).toBe('RATE_LIMITED');
    expect(server!.stats.requests).toBe(2);
  });

  it('turns a server that never answers into TIMEOUT', async () => {
    const error = await failure(ask(['hang'], { timeoutMs: 200, maxRetries: 0 }));
    expect(error.code).toBe('TIMEOUT');
  });
});
