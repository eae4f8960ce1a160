import { addDays, dayKey, daysBetween, weekStart, type DayKey } from '../schedule/local-time';

export interface Streak {
  /** Consecutive days with at least one take, ending today or yesterday. */
  current: number;
  longest: number;
  practisedToday: boolean;
  lastDay: DayKey | null;
}

/**
 * A streak stays alive until a whole day passes without practice: at 9 am
 * with nothing recorded yet today, yesterday's run still counts.
 */
export function computeStreak(takenAt: readonly Date[], timeZone: string, now: Date): Streak {
  const days = [...new Set(takenAt.map((at) => dayKey(at, timeZone)))].sort();
  const today = dayKey(now, timeZone);
  const practised = new Set(days);
  let longest = 0;
  let run = 0;
  days.forEach((day, index) => {
    run = index > 0 && daysBetween(days[index - 1]!, day) === 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  let current = 0;
  let cursor = practised.has(today) ? today : addDays(today, -1);
  while (practised.has(cursor)) {
    current += 1;
    cursor = addDays(cursor, -1);
  }
  return { current, longest, practisedToday: practised.has(today), lastDay: days.at(-1) ?? null };
}

export interface TimedTake {
  readonly at: Date;
  readonly durationMs: number | null;
}

export interface WeekMinutes {
  /** Monday of the week, in the user's zone. */
  weekStart: DayKey;
  minutes: number;
  takes: number;
}

/** Minutes spent answering per ISO week, the last `weeks` weeks up to this one, empty weeks included. */
export function minutesPerWeek(takes: readonly TimedTake[], timeZone: string, now: Date, weeks = 12): WeekMinutes[] {
  const thisWeek = weekStart(dayKey(now, timeZone));
  const rows = Array.from({ length: weeks }, (_, index) => ({
    weekStart: addDays(thisWeek, -7 * (weeks - 1 - index)),
    ms: 0,
    takes: 0,
  }));
  const byWeek = new Map(rows.map((row) => [row.weekStart, row]));
  for (const take of takes) {
    const row = byWeek.get(weekStart(dayKey(take.at, timeZone)));
    if (!row) continue;
    row.ms += take.durationMs ?? 0;
    row.takes += 1;
  }
  return rows.map((row) => ({ weekStart: row.weekStart, minutes: Math.round(row.ms / 6_000) / 10, takes: row.takes }));
}
