import { dayKey, daysBetween, weekStart, type DayKey } from '../schedule/local-time';
import type { Take, TakeScore } from './take-history';

export interface DayPoint {
  day: DayKey;
  average: number;
  count: number;
}

export interface Series {
  key: string;
  label: string;
  takes: number;
  points: DayPoint[];
}

export interface DeliveryPoint {
  day: DayKey;
  wpm: number | null;
  fillersPerMinute: number | null;
  pitchSpread: number | null;
  count: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Averages of a value per local day, days in order; days without a value are left out. */
function dailyAverages<T>(
  items: readonly T[],
  day: (item: T) => DayKey,
  value: (item: T) => number | null,
): DayPoint[] {
  const sums = new Map<DayKey, { sum: number; count: number }>();
  for (const item of items) {
    const v = value(item);
    if (v === null || !Number.isFinite(v)) continue;
    const key = day(item);
    const entry = sums.get(key) ?? { sum: 0, count: 0 };
    entry.sum += v;
    entry.count += 1;
    sums.set(key, entry);
  }
  return [...sums]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, { sum, count }]) => ({ day: key, average: round1(sum / count), count }));
}

type Scored = Take & { score: TakeScore };
const isScored = (take: Take): take is Scored => take.score !== null;

/** Sections are paths ("Part 3: Hard Questions > 26. Bottlenecks"); progress groups by the top part. */
export const topSection = (section: string) => section.split(' > ')[0]?.trim() || 'No section';

/** Maps a moment to the first day of its period (a day, or a Monday-based week) in the user's zone. */
export type Bucket = (at: Date) => DayKey;

/**
 * Long histories are averaged per week: a day-by-day line over months is
 * mostly noise, and a few dozen points keep the charts quick to draw.
 */
export function chooseBucket(takes: readonly Take[], timeZone: string, maxDailySpan = 56) {
  const days = takes.filter(isScored).map((take) => dayKey(take.startedAt, timeZone));
  const first = days.reduce((a, b) => (a < b ? a : b), days[0] ?? '');
  const last = days.reduce((a, b) => (a > b ? a : b), days[0] ?? '');
  const granularity: 'day' | 'week' = days.length && daysBetween(first, last) > maxDailySpan ? 'week' : 'day';
  const bucket: Bucket = granularity === 'day' ? (at) => dayKey(at, timeZone) : (at) => weekStart(dayKey(at, timeZone));
  return { granularity, bucket };
}

function groupSeries(
  takes: readonly Scored[],
  bucket: Bucket,
  group: (take: Scored) => { key: string; label: string },
) {
  const groups = new Map<string, { label: string; takes: Scored[] }>();
  for (const take of takes) {
    const { key, label } = group(take);
    const entry = groups.get(key) ?? { label, takes: [] };
    entry.takes.push(take);
    groups.set(key, entry);
  }
  return [...groups]
    .map(([key, entry]) => ({
      key,
      label: entry.label,
      takes: entry.takes.length,
      points: dailyAverages(
        entry.takes,
        (t) => bucket(t.startedAt),
        (t) => t.score.overall,
      ),
    }))
    .sort((a, b) => b.takes - a.takes || a.label.localeCompare(b.label));
}

/** Overall score per period, and per deck and per top-level section, most practised first. */
export function scoreSeries(takes: readonly Take[], bucket: Bucket) {
  const scored = takes.filter(isScored);
  const day = (take: Scored) => bucket(take.startedAt);
  return {
    overall: dailyAverages(scored, day, (t) => t.score.overall),
    byDeck: groupSeries(scored, bucket, (t) => ({ key: t.deckId, label: t.deckTitle })),
    bySection: groupSeries(scored, bucket, (t) => {
      const label = topSection(t.section);
      return { key: `${t.deckId}:${label}`, label };
    }),
  };
}

/** Pace and fillers per minute per period, for charts drawn against the norms. */
export function deliverySeries(takes: readonly Take[], bucket: Bucket): DeliveryPoint[] {
  const scored = takes.filter(isScored);
  const day = (take: Scored) => bucket(take.startedAt);
  const wpm = new Map(dailyAverages(scored, day, (t) => t.score.wpm).map((p) => [p.day, p]));
  const fillers = new Map(dailyAverages(scored, day, (t) => t.score.fillersPerMinute).map((p) => [p.day, p]));
  const pitch = new Map(dailyAverages(scored, day, (t) => t.score.pitchSpread ?? null).map((p) => [p.day, p]));
  const days = [...new Set([...wpm.keys(), ...fillers.keys(), ...pitch.keys()])].sort();
  return days.map((key) => ({
    day: key,
    wpm: wpm.get(key)?.average ?? null,
    fillersPerMinute: fillers.get(key)?.average ?? null,
    pitchSpread: pitch.get(key)?.average ?? null,
    count: Math.max(wpm.get(key)?.count ?? 0, fillers.get(key)?.count ?? 0),
  }));
}
