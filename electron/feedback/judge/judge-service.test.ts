import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallName } from '@contract';
import type { Feedback } from '@contract/review';
import { goodAnswer, seedDeck, seedTake, storeTranscript } from '../../testing/seed-take';
import { apiCaller } from '../../testing/api-caller';
import { tempServices } from '../../testing/temp-services';
import { currentJudgeTemplate } from './judge-prompt';
import { startJudgeServer, type JudgeReply } from './testing/judge-server';

let services: ReturnType<typeof tempServices>;
let server: Awaited<ReturnType<typeof startJudgeServer>> | null;

beforeEach(() => {
  services = tempServices();
  server = null;
});
afterEach(async () => {
  await services.feedback.judge.idle();
  services.dispose();
  await server?.close();
});

const api = apiCaller(() => services);
/** Untyped on purpose: these tests read a few fields of many different results. */
const call = (name: CallName, input: unknown = {}) => api.value(name, input as never) as Promise<never>;

const quote = 'Argo CD which syncs our Helm charts from Git';

async function judgeOn(replies: JudgeReply[] = []) {
  server = await startJudgeServer(replies, [{ verdict: 'partly', quote }]);
  await call('settings.update', { judgeEnabled: true, judgeBaseUrl: server.baseUrl, judgeModel: 'judge-test' });
}

/** A take scored locally, then judged; returns what the review page gets. */
async function judgedTake() {
  const { questionIds } = seedDeck(services);
  const takeId = seedTake(services, questionIds[0]!);
  storeTranscript(services, takeId, goodAnswer);
  const score = await services.feedback.rescore(takeId);
  await services.feedback.judge.idle();
  const review: { feedback: Feedback } = await call('review.get', { takeId });
  return { takeId, score, feedback: review.feedback };
}

describe('the judge', () => {
  it('is off by default: no request and nothing beside the local score', async () => {
    server = await startJudgeServer();
    expect(await call('judge.status')).toMatchObject({ enabled: false, blocker: 'DISABLED' });
    const { feedback } = await judgedTake();
    expect(server.stats.requests).toBe(0);
    expect(feedback.judge).toBeNull();
    expect(feedback.keyPoints.length).toBeGreaterThan(0);
  });

  it('uses the key saved for its own server, not the coach’s', async () => {
    await call('settings.update', { judgeEnabled: true });
    expect(await call('judge.status')).toMatchObject({ blocker: 'API_KEY_MISSING' });
    await call('coach.apiKey.set', { key: 'sk-coach' });
    await call('settings.update', { judgeBaseUrl: 'http://127.0.0.1:8080/v1' });
    expect(await call('judge.status')).toMatchObject({ blocker: null, keySet: false });
    await call('judge.apiKey.set', { key: 'sk-judge' });
    expect(await call('judge.status')).toMatchObject({ keySet: true, keyServer: 'http://127.0.0.1:8080' });
    await call('settings.update', { judgeBaseUrl: 'https://api.openai.com/v1' });
    // The coach's key was saved for OpenAI, the coach's default server: the judge pointed there gets that key.
    expect(await call('judge.status')).toMatchObject({ blocker: null, keySet: true });
  });

  it('stores its verdicts beside the local score with the prompt version, and the review shows both', async () => {
    await judgeOn();
    await call('judge.apiKey.set', { key: 'sk-judge' });
    const { takeId, score, feedback } = await judgedTake();
    const template = currentJudgeTemplate();
    expect(services.feedback.judge.latest(takeId)).toMatchObject({
      status: 'done',
      result: { promptId: template.id, promptVersion: template.version, scoreJobId: score.id },
    });
    expect(feedback.judge).toMatchObject({ state: 'done', model: 'judge-test', promptVersion: template.version });
    expect(feedback.judge!.points.map((p) => p.keyPoint)).toEqual(feedback.keyPoints.map((p) => p.text));
    expect(feedback.judge!.points[0]).toMatchObject({ verdict: 'partly', quote });
    // The local verdicts are the scorer's own, untouched by the judge.
    expect(feedback.keyPoints).toEqual(
      score.report!.content.keyPoints.map((p) => expect.objectContaining({ text: p.text, status: p.status })),
    );
    expect(feedback.overall).toBe(score.report!.overall);
    const sent = server!.received[0]!;
    expect(sent.authorization).toBe('Bearer sk-judge');
    expect(sent.model).toBe('judge-test');
    expect(sent.messages[1]!.content).toContain(goodAnswer);
  });

  it('retries a 429 and then stores the verdicts', async () => {
    await judgeOn([429, 'ok']);
    const { feedback } = await judgedTake();
    expect(server!.stats.requests).toBe(2);
    expect(feedback.judge).toMatchObject({ state: 'done' });
  });

  it.each([
    [[401] as JudgeReply[], 'UNAUTHORIZED', { reason: 'key-rejected', who: 'judge' }],
    [['malformed'] as JudgeReply[], 'ENGINE_FAILED', { reason: 'bad-format', who: 'judge' }],
    [[429, 429, 429] as JudgeReply[], 'RATE_LIMITED', { who: 'judge' }],
  ])(
    'stores %j as a failed job whose code and detail the review shows, the local score untouched',
    async (replies, code, detail) => {
      await judgeOn(replies);
      const { takeId, score, feedback } = await judgedTake();
      expect(services.feedback.judge.latest(takeId)).toMatchObject({ status: 'failed', errorCode: code });
      expect(feedback.judge).toMatchObject({ state: 'failed', points: [] });
      expect(feedback.judge!.error).toMatchObject({ code, detail });
      expect(services.feedback.latest(takeId)).toMatchObject({ id: score.id, status: 'done' });
      expect(feedback.overall).toBe(score.report!.overall);
    },
  );

  it('asked again after a failure, shows its verdicts in place of the error; off, it says so', async () => {
    await judgeOn([401, 'ok']);
    const { takeId, feedback } = await judgedTake();
    expect(feedback.judge).toMatchObject({ state: 'failed' });
    await call('judge.run', { takeId });
    await services.feedback.judge.idle();
    const review: { feedback: Feedback } = await call('review.get', { takeId });
    expect(review.feedback.judge).toMatchObject({ state: 'done', error: null });
    expect(review.feedback.judge!.points[0]).toMatchObject({ verdict: 'partly', quote });
    await call('settings.update', { judgeEnabled: false });
    await expect(call('judge.run', { takeId })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('verdicts about an older score are not shown beside a newer one', async () => {
    await judgeOn();
    const { takeId } = await judgedTake();
    await call('settings.update', { judgeEnabled: false });
    await services.feedback.rescore(takeId);
    const review: { feedback: Feedback } = await call('review.get', { takeId });
    expect(review.feedback.judge).toBeNull();
  });
});
