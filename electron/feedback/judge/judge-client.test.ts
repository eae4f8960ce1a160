import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@contract/app-error';
import type { LlmConnection } from '../llm/structured-chat';
import { askJudge, type JudgeRequest } from './judge-client';
import { currentJudgeTemplate } from './judge-prompt';
import { startJudgeServer, type JudgeReply } from './testing/judge-server';

const request: JudgeRequest = {
  question: 'Why microservices instead of a monolith?',
  modelAnswer: '- Resilience: one service failure does not bring down the platform\n- Teams deploy independently',
  keyPoints: ['Resilience: one service failure does not bring down the platform', 'Teams deploy independently'],
  answer: "um if one service fails it doesn't take down the whole platform",
};

const verdicts = [
  { verdict: 'covered' as const, quote: "if one service fails it doesn't take down the whole platform" },
  { verdict: 'missed' as const, quote: 'ignored for a missed point' },
];

let server: Awaited<ReturnType<typeof startJudgeServer>> | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function ask(replies: JudgeReply[], connection: Partial<LlmConnection> = {}) {
  server = await startJudgeServer(replies, verdicts);
  return askJudge(
    { baseUrl: server.baseUrl, apiKey: 'sk-test', model: 'judge-test', timeoutMs: 5_000, ...connection },
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

describe('askJudge', () => {
  it('sends the numbered key points under a strict JSON schema and returns a verdict per point, in order', async () => {
    const result = await ask(['ok']);
    const template = currentJudgeTemplate();
    expect(result).toMatchObject({ promptId: template.id, promptVersion: template.version, model: 'judge-test' });
    expect(result.points).toEqual([
      { keyPoint: request.keyPoints[0], verdict: 'covered', quote: verdicts[0]!.quote },
      // A missed point carries no evidence, whatever the model put there.
      { keyPoint: request.keyPoints[1], verdict: 'missed', quote: '' },
    ]);
    const [sent] = server!.received;
    expect(sent!.authorization).toBe('Bearer sk-test');
    expect(sent!.responseFormat).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'key_point_verdicts', strict: true },
    });
    const user = sent!.messages[1]!.content;
    expect(user).toContain('1. Resilience: one service failure');
    expect(user).toContain('2. Teams deploy independently');
    expect(user).toContain(request.answer);
    expect(user).not.toMatch(/\{\{/);
  });

  it('reports JSON that does not parse as a format error naming the judge', async () => {
    const error = await failure(ask(['malformed']));
    expect(error.code).toBe('ENGINE_FAILED');
    expect(error.detail).toMatchObject({ reason: 'bad-format', who: 'judge' });
  });

  it('maps 401 to UNAUTHORIZED without retrying', async () => {
    const error = await failure(ask([401]));
    expect(error.code).toBe('UNAUTHORIZED');
    expect(error.detail).toMatchObject({ reason: 'key-rejected', who: 'judge' });
    expect(server!.stats.requests).toBe(1);
  });

  it('retries a 429 with backoff and then succeeds', async () => {
    const result = await ask([429, 'ok']);
    expect(result.points[0]!.verdict).toBe('covered');
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
    expect(error.detail).toMatchObject({ who: 'judge' });
  });
});
