import type { ScoreSeries } from '@contract/progress';

/** How many lines one chart draws; the table view lists every series. */
export const maxLines = 6;

export type SeriesRow = { day: string } & Record<string, number | string | null>;

/** Joins several per-day series into one row per day, as line charts want them. */
export function mergeSeries(series: readonly ScoreSeries[]): SeriesRow[] {
  const rows = new Map<string, SeriesRow>();
  for (const s of series) {
    for (const point of s.points) {
      const row = rows.get(point.day) ?? { day: point.day };
      row[s.key] = point.average;
      rows.set(point.day, row);
    }
  }
  return [...rows.values()].sort((a, b) => (a.day < b.day ? -1 : 1));
}

const dayFormat = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** "2026-03-09" → "Mar 9"; day keys are calendar dates, so they are formatted as UTC. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return dayFormat.format(new Date(Date.UTC(y!, m! - 1, d!)));
}

export const formatNumber = (value: number | null | undefined, digits = 0) =>
  value === null || value === undefined ? '–' : value.toFixed(digits);

/** The browser's own zone: the server counts days and streaks in it. */
export const userTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

export type Granularity = 'day' | 'week';

/** Tooltip and table label of one point: "Mar 9" or "Week of Mar 9". */
export const periodLabel = (day: string, granularity: Granularity) =>
  granularity === 'week' ? `Week of ${formatDay(day)}` : formatDay(day);
