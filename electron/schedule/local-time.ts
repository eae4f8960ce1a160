/**
 * Calendar days in the user's time zone. Streaks and weeks are about the
 * user's days, not UTC's: an answer at 23:30 in Los Angeles belongs to that
 * evening even though UTC has moved on. The zone is always passed in (the
 * renderer sends its IANA zone), so tests and servers never depend on the
 * machine's TZ.
 */

/** `YYYY-MM-DD` in some time zone. Such keys sort and compare as strings. */
export type DayKey = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, found);
  }
  return found;
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatter(timeZone);
    return true;
  } catch {
    return false;
  }
}

// Progress asks for the same takes' days several times per request; formatting is the slow part.
const memo = new Map<string, DayKey>();

export function dayKey(instant: Date, timeZone: string): DayKey {
  const cacheKey = `${timeZone}|${instant.getTime()}`;
  const cached = memo.get(cacheKey);
  if (cached) return cached;
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  const key = `${get('year')}-${get('month')}-${get('day')}`;
  if (memo.size >= 50_000) memo.clear();
  memo.set(cacheKey, key);
  return key;
}

// Day arithmetic happens on the calendar date alone (as a UTC midnight), so
// daylight-saving days of 23 or 25 hours cannot shift a key.
const toUtc = (key: DayKey) => Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, Number(key.slice(8, 10)));
const fromUtc = (ms: number): DayKey => new Date(ms).toISOString().slice(0, 10);

export function addDays(key: DayKey, days: number): DayKey {
  return fromUtc(toUtc(key) + days * 86_400_000);
}

export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((toUtc(to) - toUtc(from)) / 86_400_000);
}

/** The Monday that starts the ISO week holding this day. */
export function weekStart(key: DayKey): DayKey {
  const weekday = new Date(toUtc(key)).getUTCDay(); // 0 = Sunday
  return addDays(key, -((weekday + 6) % 7));
}
