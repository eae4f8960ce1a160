import { afterEach, describe, expect, it } from 'vitest';
import type { LlmConnection } from '../../feedback/llm/structured-chat';
import { appErrorOf } from '../../testing/app-error-of';
import { startScriptedChatServer } from '../../testing/scripted-chat-server';
import { startInterviewerServer, type InterviewerReply } from '../testing/interviewer-server';
import { askInterviewer, type InterviewerRequest } from './interviewer-client';
import { currentInterviewerTemplate } from './interviewer-prompt';

const points = {
  resilience: 'Resilience: one failing service does not take down the platform',
  teams: 'Teams deploy independently',
  latency: 'Latency dropped from 900 ms to 200 ms',
};

const request: InterviewerRequest = {
  question: 'Why microservices instead of a monolith?',
  kind: 'technical',
  keyPoints: [
    { text: points.resilience, status: 'missed', keyTerms: ['Resilience'] },
    { text: points.teams, status: 'covered', keyTerms: ['Teams'] },
    { text: points.latency, status: 'partly', keyTerms: [] },
  ],
  transcript: 'um teams can deploy on their own and it got faster',
  structureMissing: ['Concrete example or number'],
};

let server: Awaited<ReturnType<typeof startScriptedChatServer>> | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function start(replies: InterviewerReply[], content?: (point: string) => string) {
  server = await startInterviewerServer(replies, content);
  return server;
}

const connection = (overrides: Partial<LlmConnection> = {}): LlmConnection => ({
  baseUrl: server!.baseUrl,
  apiKey: 'sk-interviewer',
  model: 'interviewer-test',
  timeoutMs: 5_000,
  ...overrides,
});

describe('askInterviewer', () => {
  it('sends the question, each key point with its status and the transcript, and returns follow-ups on open points', async () => {
    await start(['ok']);
    const result = await askInterviewer(connection(), request, 2);
    expect(result.model).toBe('interviewer-test');
    expect(result.promptId).toBe(currentInterviewerTemplate().id);
    expect(result.followUps).toEqual([
      {
        text: `Walk me through this: how would you ${points.resilience.toLowerCase()}?`,
        probes: [points.resilience],
        reason: 'missed',
        generator: 'llm',
        why: 'The answer left this point out.',
      },
      {
        text: `Walk me through this: how would you ${points.latency.toLowerCase()}?`,
        probes: [points.latency],
        reason: 'partly',
        generator: 'llm',
        why: 'The answer left this point out.',
      },
    ]);
    const [sent] = server!.received;
    expect(sent!.authorization).toBe('Bearer sk-interviewer');
    expect(sent!.responseFormat).toMatchObject({
      type: 'json_schema',
      json_schema: { name: 'interviewer_follow_ups', strict: true },
    });
    const user = sent!.messages[1]!.content;
    expect(user).toContain(`Question (technical): ${request.question}`);
    expect(user).toContain(`1. [missed] ${points.resilience}`);
    expect(user).toContain(`2. [covered] ${points.teams}`);
    expect(user).toContain(`3. [partly] ${points.latency}`);
    expect(user).toContain('Structure the answer lacked: Concrete example or number');
    expect(user).toContain(request.transcript);
    expect(user).toContain('Number of follow-ups to ask: 2');
    expect(user).not.toMatch(/\{\{/);
  });

  it('keeps at most the number asked for', async () => {
    await start(['ok']);
    const result = await askInterviewer(connection(), request, 1);
    expect(result.followUps.map((f) => f.probes)).toEqual([[points.resilience]]);
  });

  it('refuses JSON that does not parse, and JSON of another shape, as format errors naming the interviewer', async () => {
    await start(['malformed', 'wrong-shape']);
    for (let i = 0; i < 2; i++) {
      const error = await appErrorOf(askInterviewer(connection(), request, 1));
      expect(error.code).toBe('ENGINE_FAILED');
      expect(error.detail).toMatchObject({ reason: 'bad-format', who: 'interviewer' });
    }
  });

  it('refuses a follow-up about a covered point, or about a key point that does not exist', async () => {
    for (const [keyPoints, detail] of [
      [[2], { reason: 'follow-up-covered-point', number: 1 }],
      [[7], { reason: 'follow-up-unknown-point', number: 7 }],
      [[], { reason: 'follow-up-no-point', number: 1 }],
    ] as const) {
      server = await startScriptedChatServer([], {
        followUps: [{ question: 'And why?', keyPoints, reason: 'missed', why: '' }],
      });
      const error = await appErrorOf(askInterviewer(connection(), request, 1));
      expect(error.code).toBe('ENGINE_FAILED');
      expect(error.detail).toMatchObject({ ...detail, who: 'interviewer' });
      await server.close();
      server = null;
    }
  });

  it('maps 401 to UNAUTHORIZED without retrying', async () => {
    await start([401]);
    const error = await appErrorOf(askInterviewer(connection(), request, 1));
    expect(error.code).toBe('UNAUTHORIZED');
    expect(error.detail).toMatchObject({ reason: 'key-rejected', who: 'interviewer' });
    expect(server!.stats.requests).toBe(1);
  });

  it('retries a 429 and then succeeds', async () => {
    await start([429, 'ok']);
    const result = await askInterviewer(connection({ maxRetries: 1 }), request, 1);
    expect(result.followUps).toHaveLength(1);
    expect(server!.stats.requests).toBe(2);
  });

  it('turns a server that never answers into TIMEOUT', async () => {
    await start(['hang']);
    const error = await appErrorOf(askInterviewer(connection({ timeoutMs: 200, maxRetries: 0 }), request, 1));
    expect(error.code).toBe('TIMEOUT');
    expect(error.detail).toMatchObject({ who: 'interviewer' });
  });
});
