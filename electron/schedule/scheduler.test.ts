import { describe, expect, it } from 'vitest';
import { replayScores, retrievability, type DatedScore } from './scheduler';

const day = 86_400_000;
const start = new Date('2026-03-02T09:00:00Z');
const at = (days: number) => new Date(start.getTime() + days * day);
const takes = (...scores: [number, number][]): DatedScore[] => scores.map(([d, score]) => ({ at: at(d), score }));

describe('replayScores', () => {
  it('leaves a question without takes new and due at once', () => {
    const card = replayScores([], start);
    expect(card).toMatchObject({ state: 'new', reps: 0, lastReview: null, lastScore: null, due: start.toISOString() });
  });

  it('brings a question scored low back before one scored high after the same takes', () => {
    const low = replayScores(takes([0, 40], [1, 45], [2, 38]), start);
    const mid = replayScores(takes([0, 72], [1, 75], [2, 70]), start);
    const high = replayScores(takes([0, 90], [1, 92], [2, 95]), start);
    expect(new Date(low.due).getTime()).toBeLessThan(new Date(mid.due).getTime());
    expect(new Date(mid.due).getTime()).toBeLessThan(new Date(high.due).getTime());
    expect(low.lapses).toBeGreaterThan(0);
    expect(high.lapses).toBe(0);
  });

  it('schedules in whole days after the last take, growing with good answers', () => {
    const once = replayScores(takes([0, 78]), start);
    const twice = replayScores(takes([0, 78], [3, 78]), start);
    expect(once.reps).toBe(1);
    expect(once.scheduledDays).toBeGreaterThanOrEqual(1);
    expect(new Date(once.due).getTime() - start.getTime()).toBe(once.scheduledDays * day);
    expect(twice.scheduledDays).toBeGreaterThan(once.scheduledDays);
    expect(new Date(twice.due).getTime()).toBe(at(3).getTime() + twice.scheduledDays * day);
  });

  it('pulls a learned question forward again when a later take fails', () => {
    const steady = replayScores(takes([0, 88], [5, 90]), start);
    const slipped = replayScores(takes([0, 88], [5, 30]), start);
    expect(new Date(slipped.due).getTime()).toBeLessThan(new Date(steady.due).getTime());
    expect(slipped.lapses).toBe(1);
    expect(slipped.lastScore).toBe(30);
  });

  it('replays takes in time order whatever order they arrive in', () => {
    const ordered = takes([0, 40], [2, 90], [4, 60]);
    expect(replayScores([...ordered].reverse(), start)).toEqual(replayScores(ordered, start));
  });

  it('reports how likely a practised answer still is, falling over time', () => {
    const card = replayScores(takes([0, 80]), start);
    const soon = retrievability(card, at(1))!;
    const later = retrievability(card, at(30))!;
    expect(soon).toBeGreaterThan(later);
    expect(later).toBeGreaterThan(0);
    expect(retrievability(replayScores([], start), start)).toBeNull();
  });
});
