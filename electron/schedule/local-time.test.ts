import { describe, expect, it } from 'vitest';
import { addDays, dayKey, daysBetween, isValidTimeZone, weekStart } from './local-time';

describe('dayKey', () => {
  const instant = new Date('2026-03-10T03:30:00Z');

  it('gives the calendar day in the zone passed in, not the machine’s', () => {
    expect(dayKey(instant, 'UTC')).toBe('2026-03-10');
    expect(dayKey(instant, 'America/Los_Angeles')).toBe('2026-03-09');
    expect(dayKey(instant, 'Asia/Tokyo')).toBe('2026-03-10');
    expect(dayKey(new Date('2026-03-09T15:30:00Z'), 'Asia/Tokyo')).toBe('2026-03-10');
  });

  it('handles half-hour zones and the date line', () => {
    expect(dayKey(new Date('2026-06-30T18:29:00Z'), 'Asia/Kolkata')).toBe('2026-06-30');
    expect(dayKey(new Date('2026-06-30T18:30:00Z'), 'Asia/Kolkata')).toBe('2026-07-01');
    expect(dayKey(new Date('2026-06-30T11:00:00Z'), 'Pacific/Kiritimati')).toBe('2026-07-01');
  });

  it('rejects zones that do not exist', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('day arithmetic', () => {
  it('crosses months, leap days and daylight-saving changes by whole days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', -1)).toBe('2026-03-28');
    expect(daysBetween('2026-03-28', '2026-04-02')).toBe(5);
  });

  it('starts weeks on Monday', () => {
    expect(weekStart('2026-03-09')).toBe('2026-03-09'); // Monday
    expect(weekStart('2026-03-15')).toBe('2026-03-09'); // Sunday
    expect(weekStart('2026-03-16')).toBe('2026-03-16');
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
  });
});
