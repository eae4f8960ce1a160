import type { ProgressOverview } from '@contract/progress';

const norms = { wpmMin: 130, wpmMax: 160, fillersPerMinuteMax: 3 };

const weeks = (minutes: number[]) =>
  minutes.map((m, i) => ({
    weekStart: new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10),
    minutes: m,
    takes: m > 0 ? Math.ceil(m / 2) : 0,
  }));

export function emptyOverview(): ProgressOverview {
  return {
    timeZone: 'UTC',
    totals: { takes: 0, scoredTakes: 0, questionsPractised: 0, minutes: 0 },
    streak: { current: 0, longest: 0, practisedToday: false, lastDay: null },
    weeks: weeks(Array(12).fill(0) as number[]),
    granularity: 'day',
    scores: { overall: [], byDeck: [], bySection: [] },
    delivery: { points: [], norms },
    weakest: [],
    due: { dueToday: 0, newQuestions: 3, totalQuestions: 3, byDeck: [] },
  };
}

/** `days` days of practice across `decks` decks, each day with a few takes. */
export function busyOverview(days: number, decks = 3): ProgressOverview {
  const dayKeys = Array.from({ length: days }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
  const point = (i: number, base: number) => ({
    day: dayKeys[i]!,
    average: Math.min(100, base + (i % 17)),
    count: 1 + (i % 4),
  });
  const series = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, s) => ({
      key: `${prefix}-${s}`,
      label: `${prefix === 'deck' ? 'Deck' : 'Section'} ${s + 1} with a fairly long name to test wrapping`,
      takes: 40 - s,
      points: dayKeys.map((_, i) => point(i, 40 + s * 5)),
    }));
  return {
    ...emptyOverview(),
    totals: { takes: days * 4, scoredTakes: days * 4, questionsPractised: 30, minutes: days * 6.5 },
    streak: { current: 4, longest: 11, practisedToday: true, lastDay: dayKeys.at(-1)! },
    weeks: weeks([10, 0, 30, 45.5, 12, 60, 20, 0, 33, 41, 18, 25]),
    scores: {
      overall: dayKeys.map((_, i) => point(i, 50)),
      byDeck: series('deck', decks),
      bySection: series('section', 9),
    },
    delivery: {
      points: dayKeys.map((day, i) => ({ day, wpm: 120 + (i % 50), fillersPerMinute: (i % 7) / 2, count: 2 })),
      norms,
    },
    weakest: Array.from({ length: 10 }, (_, i) => ({
      questionId: `q${i}`,
      deckId: 'd1',
      deckTitle: 'Backend',
      prompt: `Question ${i} — a long prompt about distributed systems, consistency models and what you would do differently`,
      section: 'Part 3: Hard Questions > Architecture',
      recentAverage: 30 + i,
      lastScore: 35 + i,
      takes: 3,
      lastTakenAt: '2026-03-01T10:00:00.000Z',
      due: '2026-03-05T10:00:00.000Z',
    })),
    due: { dueToday: 7, newQuestions: 4, totalQuestions: 34, byDeck: [] },
  };
}
