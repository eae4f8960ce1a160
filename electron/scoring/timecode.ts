/**
 * Subtitle timestamps. SRT separates milliseconds with a comma, WebVTT with a
 * dot; both want two-digit hours at least, so an answer past an hour still fits.
 */
export function formatTimecode(seconds: number, separator: ',' | '.'): string {
  const totalMs = Math.max(0, Math.round(seconds * 1000));
  const ms = totalMs % 1000;
  const totalSeconds = Math.floor(totalMs / 1000);
  const s = totalSeconds % 60;
  const m = Math.floor(totalSeconds / 60) % 60;
  const h = Math.floor(totalSeconds / 3600);
  return `${pad(h, 2)}:${pad(m, 2)}:${pad(s, 2)}${separator}${pad(ms, 3)}`;
}

export const srtTime = (seconds: number) => formatTimecode(seconds, ',');
export const vttTime = (seconds: number) => formatTimecode(seconds, '.');

/** "1:05" or "1:02:05": how the app shows a position to people. */
export function clockTime(seconds: number): string {
  const total = Math.max(0, Math.floor(seconds));
  const s = total % 60;
  const m = Math.floor(total / 60) % 60;
  const h = Math.floor(total / 3600);
  return h > 0 ? `${h}:${pad(m, 2)}:${pad(s, 2)}` : `${m}:${pad(s, 2)}`;
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
