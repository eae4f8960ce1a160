import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deployQuestion, seedDeck, seedTake, storeTranscript } from '../testing/seed-take';
import { progressService } from '../progress/progress-service';
import { storedScores } from '../progress/stored-scores';
import { apiCaller } from '../testing/api-caller';
import { tempServices } from '../testing/temp-services';
import { threadOutcome } from './follow-up-outcomes';

let services: ReturnType<typeof tempServices>;
const call = apiCaller(() => services).value;

beforeEach(() => {
  services = tempServices();
});
afterEach(() => services.dispose());

/** A take of the question, transcribed and scored as the queue would do it. */
async function scoredTake(questionId: string, text: string, durationMs = 20_000): Promise<string> {
  const takeId = seedTake(services, questionId, durationMs);
  storeTranscript(services, takeId, text);
  await services.feedback.rescore(takeId);
  return takeId;
}

const partial = 'We use Argo CD which syncs our Helm charts from Git so every change gets reviewed.';
const rollback = 'To roll back we revert the commit in Git and Argo CD rolls the release back.';

describe('a follow-up thread', () => {
  it('asks about what the answer left out, scores the follow-up on the probed point and counts it as recovered', async () => {
    const { questionIds } = seedDeck(services, [deployQuestion]);
    const first = await scoredTake(questionIds[0]!, partial);
    const firstPoints = services.feedback.latest(first)!.report!.content.keyPoints;
    const covered = firstPoints.filter((p) => p.status === 'covered').map((p) => p.text);
    expect(covered).toHaveLength(1);

    const { followUps, scored } = await call('followUps.generate', { takeId: first, count: 2, seed: 3 });
    expect(scored).toBe(true);
    expect(followUps).toHaveLength(2);
    for (const f of followUps) expect(f.probes.some((p) => covered.includes(p))).toBe(false);
    const rollbackFollowUp = followUps.find((f) => f.probes.some((p) => p.includes('Rollback')));
    expect(rollbackFollowUp).toBeDefined();

    // Transcribed before it was linked: linking scores it again, on the probed point only, against 45 s.
    const answer = await scoredTake(questionIds[0]!, rollback, 15_000);
    await call('followUps.link', { takeId: answer, parentTakeId: first, followUp: rollbackFollowUp! });
    await services.feedback.idle();
    const report = services.feedback.latest(answer)!.report!;
    expect(report.content.keyPoints.map((p) => p.text)).toEqual(rollbackFollowUp!.probes);
    expect(report.content.keyPoints[0]!.status).toBe('covered');
    expect(report.timing.targetSeconds).toBe(45);

    // Progress sees one take of the question, rated a little higher for the point recovered on prompting.
    const progress = progressService(services.db);
    const takes = progress.overview('UTC').totals.takes;
    expect(takes).toBe(1);
    expect(storedScores(services.db).get(answer)).toBeDefined();
    const thread = threadOutcome(services.db, first);
    expect(thread.recovered).toEqual(rollbackFollowUp!.probes);
    expect(thread.unpromptedGain).toBeGreaterThan(0);
  });

  it('refuses to link a take of another question, and asks nothing before the answer is scored', async () => {
    const { questionIds } = seedDeck(services);
    const first = await scoredTake(questionIds[0]!, partial);
    const other = seedTake(services, questionIds[1]!);
    const followUp = { text: 'Why?', probes: ['x'], reason: 'missed' as const, generator: 'offline' as const };
    await expect(call('followUps.link', { takeId: other, parentTakeId: first, followUp })).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const unscored = seedTake(services, questionIds[0]!);
    expect(await call('followUps.generate', { takeId: unscored, count: 1 })).toEqual({
      followUps: [],
      scored: false,
      note: null,
    });
  });
});
