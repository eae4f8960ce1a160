import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deployQuestion, seedDeck, seedTake, storeTranscript } from '../testing/seed-take';
import { silentLogger } from '../logger';
import { SettingsRepo } from '../settings/settings-repo';
import { apiCaller } from '../testing/api-caller';
import { tempServices } from '../testing/temp-services';
import { FollowUpService } from './follow-up-service';
import { startInterviewerServer, type InterviewerReply } from './testing/interviewer-server';

let services: ReturnType<typeof tempServices>;
let servers: Awaited<ReturnType<typeof startInterviewerServer>>[];

// The interview waits for the interviewer: tests give up on a server at once instead of retrying.
function withoutRetries(s: ReturnType<typeof tempServices>) {
  const followUps = new FollowUpService({
    db: s.db,
    latestScore: (takeId) => s.feedback.latest(takeId),
    rescore: (takeId) => void s.feedback.rescore(takeId),
    followUpTargetSeconds: () => 45,
    transcriptText: (takeId) => s.transcription.transcript(takeId)?.text ?? null,
    settings: () => new SettingsRepo(s.db).get(),
    keys: s.transcription.keys,
    logger: silentLogger,
    maxRetries: 0,
  });
  return { ...s, followUps };
}

beforeEach(() => {
  services = tempServices();
  servers = [];
});
afterEach(async () => {
  services.dispose();
  await Promise.all(servers.map((s) => s.close()));
});

const call = apiCaller(() => withoutRetries(services)).value;

const partial = 'We use Argo CD which syncs our Helm charts from Git so every change gets reviewed.';

async function server(replies: InterviewerReply[] = []) {
  const started = await startInterviewerServer(replies, (point) => `Tell me more: ${point}?`);
  servers.push(started);
  return started;
}

async function interviewerOn(baseUrl: string) {
  await call('settings.update', {
    interviewerLlmEnabled: true,
    interviewerBaseUrl: baseUrl,
    interviewerModel: 'interviewer-8b',
    interviewerTimeoutSeconds: 5,
  });
}

/** A first answer of the deploy question that covers GitOps only, scored locally. */
async function scoredTake(text = partial): Promise<string> {
  const { questionIds } = seedDeck(services, [deployQuestion]);
  const takeId = seedTake(services, questionIds[0]!, 20_000);
  storeTranscript(services, takeId, text);
  await services.feedback.rescore(takeId);
  return takeId;
}

const openPoints = (takeId: string) =>
  services.feedback
    .latest(takeId)!
    .report!.content.keyPoints.filter((p) => p.status !== 'covered')
    .map((p) => p.text);

describe('the LLM interviewer', () => {
  it('is off by default: the built-in interviewer asks and no server is called', async () => {
    const llm = await server();
    await call('settings.update', { interviewerBaseUrl: llm.baseUrl });
    expect(await call('followUps.interviewer.status', {})).toMatchObject({ enabled: false, blocker: 'DISABLED' });
    const result = await call('followUps.generate', { takeId: await scoredTake(), count: 2 });
    expect(result.note).toBeNull();
    expect(result.followUps).toHaveLength(2);
    expect(result.followUps.every((f) => f.generator === 'offline')).toBe(true);
    expect(llm.stats.requests).toBe(0);
  });

  it('asks the model when on, about the points the answer left open, with the key saved for its server only', async () => {
    const llm = await server();
    const other = await server();
    await interviewerOn(llm.baseUrl);
    await call('followUps.interviewer.apiKey.set', { key: 'sk-interviewer' });
    // The judge's key belongs to another server and never travels to the interviewer's.
    await call('settings.update', { judgeBaseUrl: other.baseUrl });
    await call('judge.apiKey.set', { key: 'sk-judge' });
    expect(await call('followUps.interviewer.status', {})).toMatchObject({
      enabled: true,
      blocker: null,
      keySet: true,
      model: 'interviewer-8b',
    });

    const takeId = await scoredTake();
    const result = await call('followUps.generate', { takeId, count: 2 });
    expect(result.note).toBeNull();
    expect(result.followUps.map((f) => f.generator)).toEqual(['llm', 'llm']);
    expect(result.followUps.map((f) => f.probes[0])).toEqual(openPoints(takeId));
    expect(result.followUps[0]!.text).toBe(`Tell me more: ${openPoints(takeId)[0]}?`);
    expect(llm.received).toHaveLength(1);
    expect(llm.received[0]!.model).toBe('interviewer-8b');
    expect(llm.received[0]!.authorization).toBe('Bearer sk-interviewer');
    expect(llm.received[0]!.messages[1]!.content).toContain(partial);

    // Pointed at another server, it sends that server's key (none), never the first one's.
    await interviewerOn(other.baseUrl);
    await call('followUps.generate', { takeId, count: 1 });
    expect(other.received).toHaveLength(1);
    expect(other.received[0]!.authorization).not.toContain('sk-interviewer');
    expect(other.received[0]!.authorization).toBe('Bearer sk-judge');
  });

  it.each<[string, InterviewerReply, { code: string; reason: string }]>([
    ['a rejected key', 401, { code: 'UNAUTHORIZED', reason: 'key-rejected' }],
    ['a reply that is not JSON', 'malformed', { code: 'ENGINE_FAILED', reason: 'bad-format' }],
    ['JSON of another shape', 'wrong-shape', { code: 'ENGINE_FAILED', reason: 'bad-format' }],
    ['a server that is down', 500, { code: 'ENGINE_FAILED', reason: 'server-error' }],
  ])('falls back to the built-in interviewer on %s, with a note saying why', async (_, reply, why) => {
    const llm = await server([reply]);
    await interviewerOn(llm.baseUrl);
    const takeId = await scoredTake();
    const result = await call('followUps.generate', { takeId, count: 2, seed: 5 });
    expect(result.followUps).toHaveLength(2);
    expect(result.followUps.every((f) => f.generator === 'offline')).toBe(true);
    expect(result.note).toMatchObject({ code: why.code, detail: { reason: why.reason, who: 'interviewer' } });
    // The fallback is exactly what the built-in interviewer asks with the interviewer off.
    await call('settings.update', { interviewerLlmEnabled: false });
    expect((await call('followUps.generate', { takeId, count: 2, seed: 5 })).followUps).toEqual(result.followUps);
  });

  it('falls back when the server does not answer in time', async () => {
    const llm = await server(['hang']);
    await interviewerOn(llm.baseUrl);
    const result = await call('followUps.generate', { takeId: await scoredTake(), count: 1 });
    expect(result.followUps).toHaveLength(1);
    expect(result.followUps[0]!.generator).toBe('offline');
    expect(result.note).toMatchObject({ code: 'TIMEOUT', detail: { who: 'interviewer' } });
  }, 15_000);

  it('asks nothing, and calls no server, when the answer covered every point', async () => {
    const llm = await server();
    await interviewerOn(llm.baseUrl);
    const full =
      'We use Argo CD which syncs our Helm charts from Git so every change gets reviewed. ' +
      'Requests of 500m CPU keep p99 latency under 200 ms. ' +
      'To roll back we revert the commit and Argo CD rolls the release back.';
    const takeId = await scoredTake(full);
    expect(openPoints(takeId)).toEqual([]);
    expect(await call('followUps.generate', { takeId, count: 2 })).toEqual({
      followUps: [],
      scored: true,
      note: null,
    });
    expect(llm.stats.requests).toBe(0);
  });
});
