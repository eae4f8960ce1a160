import { afterEach, describe, expect, it } from 'vitest';
import type { LlmConnection } from '../llm/structured-chat';
import { askJudge } from './judge-client';
import { currentJudgeTemplate } from './judge-prompt';
import { sampleJudgeRequest, startJudgeServer, type JudgeReply } from './testing/judge-server';

const request = sampleJudgeRequest;

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
});
