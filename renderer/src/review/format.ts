/** "1:05", or "1:02:05" past an hour: a position in a take. */
export function clock(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const s = String(total % 60).padStart(2, '0');
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600);
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** "2.6 s": a short length, one decimal. */
export const secondsLabel = (seconds: number) => `${(Math.round(seconds * 10) / 10).toFixed(1)} s`;

export function dateLabel(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export const durationLabel = (ms: number | null) => (ms === null ? '—' : clock(ms / 1000));

/** "in about 40 s" / "in about 2 min" from a rate observed so far. */
export function etaLabel(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return 'estimating time left…';
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  return `about ${Math.round(seconds / 60)} min left`;
}
