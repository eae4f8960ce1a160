import { describe, expect, it } from 'vitest';
import { computeStreak, minutesPerWeek } from './streaks';

const utc = (iso: string) => new Date(iso);

describe('computeStreak', () => {
  it('counts consecutive local days ending today', () => {
    const takes = ['2026-03-08T12:00:00Z', '2026-03-09T12:00:00Z', '2026-03-10T08:00:00Z', '2026-03-10T09:00:00Z'];
    expect(computeStreak(takes.map(utc), 'UTC', utc('2026-03-10T20:00:00Z'))).toEqual({
      current: 3,
      longest: 3,
      practisedToday: true,
      lastDay: '2026-03-10',
    });
  });

  it('keeps yesterday’s streak alive until a whole day is missed', () => {
    const takes = ['2026-03-08T12:00:00Z', '2026-03-09T12:00:00Z'].map(utc);
    expect(computeStreak(takes, 'UTC', utc('2026-03-10T09:00:00Z'))).toMatchObject({
      current: 2,
      practisedToday: false,
    });
    expect(computeStreak(takes, 'UTC', utc('2026-03-11T00:00:00Z'))).toMatchObject({ current: 0, longest: 2 });
  });

  it('puts takes either side of local midnight on two days, whatever UTC says', () => {
    // 23:50 and 00:10 in Los Angeles: two days there, one day (the 10th) in UTC.
    const takes = ['2026-03-10T06:50:00Z', '2026-03-10T07:10:00Z'].map(utc);
    const now = utc('2026-03-10T18:00:00Z');
    expect(computeStreak(takes, 'America/Los_Angeles', now)).toMatchObject({ current: 2, longest: 2 });
    expect(computeStreak(takes, 'UTC', now)).toMatchObject({ current: 1, longest: 1 });
  });

  it('joins days that UTC splits: late evening in Tokyo is the same local day', () => {
    // 08:00 and 23:30 on 11 March in Tokyo fall on the 10th and 11th in UTC.
    const takes = ['2026-03-10T23:00:00Z', '2026-03-11T14:30:00Z', '2026-03-12T01:00:00Z'].map(utc);
    const now = utc('2026-03-12T02:00:00Z');
    expect(computeStreak(takes, 'Asia/Tokyo', now)).toMatchObject({ current: 2, lastDay: '2026-03-12' });
    expect(computeStreak(takes, 'UTC', now)).toMatchObject({ current: 3 });
  });

  it('decides "today" in the user’s zone at the moment of asking', () => {
    const takes = [utc('2026-03-09T20:00:00Z')]; // evening of the 9th in UTC, morning of the 10th in Sydney
    const now = utc('2026-03-10T15:00:00Z'); // already the 11th in Sydney
    expect(computeStreak(takes, 'Australia/Sydney', now)).toMatchObject({ current: 1, practisedToday: false });
    expect(computeStreak(takes, 'UTC', now)).toMatchObject({ current: 1, practisedToday: false });
    expect(computeStreak(takes, 'Australia/Sydney', utc('2026-03-11T14:00:00Z'))).toMatchObject({ current: 0 });
  });

  it('finds the longest run in the past and is empty without takes', () => {
    const takes = ['2026-01-01', '2026-01-02', '2026-01-03', '2026-01-04', '2026-02-01'].map((d) =>
      utc(`${d}T10:00:00Z`),
    );
    expect(computeStreak(takes, 'UTC', utc('2026-03-01T10:00:00Z'))).toMatchObject({ current: 0, longest: 4 });
    expect(computeStreak([], 'UTC', utc('2026-03-01T10:00:00Z'))).toEqual({
      current: 0,
      longest: 0,
      practisedToday: false,
      lastDay: null,
    });
  });

  it('counts a run across a daylight-saving change as consecutive days', () => {
    // Europe/Berlin moves to summer time on 29 March 2026.
    const takes = ['2026-03-28T21:30:00Z', '2026-03-29T21:30:00Z', '2026-03-30T21:30:00Z'].map(utc);
    expect(computeStreak(takes, 'Europe/Berlin', utc('2026-03-30T22:30:00Z'))).toMatchObject({ current: 3 });
  });
});

describe('minutesPerWeek', () => {
  it('sums minutes into Monday-based local weeks, empty weeks included', () => {
    const takes = [
      { at: utc('2026-03-09T10:00:00Z'), durationMs: 120_000 },
      { at: utc('2026-03-15T10:00:00Z'), durationMs: 90_000 },
      { at: utc('2026-03-16T10:00:00Z'), durationMs: 60_000 },
      { at: utc('2026-01-01T10:00:00Z'), durationMs: 600_000 }, // outside the window
      { at: utc('2026-03-17T10:00:00Z'), durationMs: null },
    ];
    expect(minutesPerWeek(takes, 'UTC', utc('2026-03-18T10:00:00Z'), 3)).toEqual([
      { weekStart: '2026-03-02', minutes: 0, takes: 0 },
      { weekStart: '2026-03-09', minutes: 3.5, takes: 2 },
      { weekStart: '2026-03-16', minutes: 1, takes: 2 },
    ]);
  });

  it('assigns a Sunday-night take to the week of the user’s zone', () => {
    // Sunday 15 March 23:30 in New York is Monday 16 March in UTC.
    const takes = [{ at: utc('2026-03-16T03:30:00Z'), durationMs: 60_000 }];
    const now = utc('2026-03-18T10:00:00Z');
    expect(minutesPerWeek(takes, 'America/New_York', now, 2).map((w) => w.minutes)).toEqual([1, 0]);
    expect(minutesPerWeek(takes, 'UTC', now, 2).map((w) => w.minutes)).toEqual([0, 1]);
  });
});
