import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '@contract/app-error';
import type { LlmCheckName } from '@contract/llm-check';
import { askCoach } from '../coach/coach-client';
import { sampleCoachRequest, startCoachServer } from '../coach/testing/coach-server';
import { askJudge } from '../judge/judge-client';
import { sampleJudgeRequest, startJudgeServer } from '../judge/testing/judge-server';
import type { ChatReply } from '../../testing/scripted-chat-server';
import type { LlmConnection } from './structured-chat';

type ChatServer = Awaited<ReturnType<typeof startCoachServer>>;

type Ask = (connection: LlmConnection) => Promise<{ model: string; promptId: string }>;

/** Each check, asked of its own fake server: what is the same for both is tested once, for both. */
const checks: { name: LlmCheckName; start: (replies: ChatReply[]) => Promise<ChatServer>; ask: Ask }[] = [
  { name: 'coach', start: startCoachServer, ask: (connection) => askCoach(connection, sampleCoachRequest) },
  { name: 'judge', start: startJudgeServer, ask: (connection) => askJudge(connection, sampleJudgeRequest) },
];

let server: ChatServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each(checks)('asking the $name', ({ name, start, ask: askCheck }) => {
  async function ask(replies: ChatReply[], connection: Partial<LlmConnection> = {}) {
    server = await start(replies);
    return askCheck({
      baseUrl: server.baseUrl,
      apiKey: 'sk-test',
      model: 'model-test',
      timeoutMs: 5_000,
      ...connection,
    });
  }

  it('sends the key as a bearer token, with a strict JSON schema, and stamps the answer with the model', async () => {
    const answer = await ask(['ok']);
    expect(answer.model).toBe('model-test');
    expect(answer.promptId).toMatch(new RegExp(`^${name}-v\\d+$`));
    const [sent] = server!.received;
    expect(sent!.authorization).toBe('Bearer sk-test');
    expect(sent!.responseFormat).toMatchObject({ type: 'json_schema', json_schema: { strict: true } });
    expect(sent!.messages.map((m) => m.role)).toEqual(['system', 'user']);
  });

  it('sends a placeholder key to a server that needs none', async () => {
    await ask(['ok'], { apiKey: null });
    expect(server!.received[0]!.authorization).toBe('Bearer no-key');
  });

  it('reports JSON that does not parse as a format error naming the check', async () => {
    const error = await failure(ask(['malformed']));
    expect(error.code).toBe('ENGINE_FAILED');
    expect(error.detail).toMatchObject({ reason: 'bad-format', who: name });
  });

  it('reports JSON of the wrong shape as a format error', async () => {
    const error = await failure(ask(['wrong-shape']));
    expect(error.code).toBe('ENGINE_FAILED');
    expect(error.detail).toMatchObject({ reason: 'bad-format', who: name });
  });

  it('maps 401 to UNAUTHORIZED without retrying', async () => {
    const error = await failure(ask([401]));
    expect(error.code).toBe('UNAUTHORIZED');
    expect(error.detail).toMatchObject({ reason: 'key-rejected', who: name });
    expect(server!.stats.requests).toBe(1);
  });

  it('retries a 429 with backoff and then succeeds', async () => {
    const answer = await ask([429, 'ok']);
    expect(answer.model).toBe('model-test');
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
    expect(error.detail).toMatchObject({ who: name });
  });
});
