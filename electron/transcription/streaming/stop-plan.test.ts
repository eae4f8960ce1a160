import { describe, expect, it } from 'vitest';
import { audioContextFor } from './server-inference';
import { batchSpeedup, BATCH_START_SECONDS, planAtStop, type BacklogAtStop } from './stop-plan';
import { serverThreads } from './whisper-server';

const backlog = (over: Partial<BacklogAtStop>): BacklogAtStop => ({
  inFlightAudioSeconds: 0,
  inFlightElapsedSeconds: 0,
  waitingAudioSeconds: 0,
  serverRtf: 0.5,
  serverThreads: 1,
  batchThreads: 2,
  ...over,
});

describe('what Stop does with the backlog', () => {
  it('lets a server that kept up finish the last piece', () => {
    // 6 s of tail at 0.5 s per second: 3 s, against a one-pass start plus a whole window on two threads.
    const plan = planAtStop(backlog({ waitingAudioSeconds: 6 }));
    expect(plan.kind).toBe('stream');
    expect(plan.estimates.stream).toBeCloseTo(3);
  });

  it('hands a backlog that piled up to one pass with every core', () => {
    // 3.5 minutes left at 0.9 s per second on one thread: over 3 minutes one piece at a time. The piece just
    // sent goes into the pass too: the pass covers it within the same seven windows.
    const plan = planAtStop(
      backlog({ serverRtf: 0.9, inFlightAudioSeconds: 12, inFlightElapsedSeconds: 0.2, waitingAudioSeconds: 198 }),
    );
    expect(plan.kind).toBe('batch');
    expect(plan.estimates.batch).toBeLessThan(plan.estimates.stream);
  });

  it('keeps a piece that is nearly done, then transcribes the rest in one pass (whole 30 s windows)', () => {
    const plan = planAtStop(
      backlog({ serverRtf: 0.9, inFlightAudioSeconds: 20, inFlightElapsedSeconds: 17.5, waitingAudioSeconds: 80 }),
    );
    expect(plan.kind).toBe('finish-piece-then-batch');
    expect(plan.estimates['finish-piece-then-batch']).toBeCloseTo(0.5 + BATCH_START_SECONDS + 90 * (0.9 / 1.6));
  });

  it('never expects streaming to beat the one pass over the same audio when the server is the slower of the two', () => {
    for (const waiting of [5, 20, 45, 90, 300]) {
      const plan = planAtStop(backlog({ serverRtf: 1.4, waitingAudioSeconds: waiting }));
      const chosen = plan.estimates[plan.kind];
      // Whatever it picks costs no more than transcribing all that is left in one pass.
      expect(chosen).toBeLessThanOrEqual(plan.estimates.batch);
    }
  });

  it('transcribes in one pass when the server has not finished a piece yet, since nothing shows it keeps up', () => {
    expect(planAtStop(backlog({ serverRtf: null, inFlightAudioSeconds: 12, inFlightElapsedSeconds: 3 })).kind).toBe(
      'batch',
    );
    expect(planAtStop(backlog({ serverRtf: null, waitingAudioSeconds: 4 })).kind).toBe('batch');
  });

  it('has nothing to choose when nothing is left', () => {
    const plan = planAtStop(backlog({ serverRtf: null }));
    expect(plan.kind).toBe('stream');
    expect(plan.estimates.stream).toBe(0);
  });

  it('counts a second thread as less than twice the speed, and more threads on the server as less to gain', () => {
    expect(batchSpeedup(1, 2)).toBeCloseTo(1.6);
    expect(batchSpeedup(2, 2)).toBe(1);
    expect(batchSpeedup(1, 1)).toBe(1);
  });
});

describe('the encoder context sent with each piece', () => {
  it('covers the piece plus a margin, in steps of 64 positions, and never more than 30 s', () => {
    expect(audioContextFor(10)).toBe(640); // 500 + 128 = 628, rounded up
    expect(audioContextFor(2)).toBe(256);
    expect(audioContextFor(0.5)).toBe(192);
    expect(audioContextFor(29)).toBe(1500);
    expect(audioContextFor(45)).toBe(1500);
    for (let s = 0.5; s <= 30; s += 0.5) expect(audioContextFor(s)).toBeGreaterThanOrEqual(s * 50);
  });
});

describe('the server thread count', () => {
  it('takes the cores nobody else is using, at least one and at most four', () => {
    expect(serverThreads(2, 0.2)).toBe(2);
    expect(serverThreads(2, 1.1)).toBe(1);
    expect(serverThreads(2, 14)).toBe(1);
    expect(serverThreads(8, 1)).toBe(4);
    expect(serverThreads(1, 0)).toBe(1);
  });
});
