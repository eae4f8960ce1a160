/**
 * A moment as part of a file name: ISO 8601 in UTC with `:` and `.` replaced
 * (Windows forbids `:`), so names sort in time order as plain text.
 */
export function fileStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

const stampPattern = /(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)/;

/** The moment a `fileStamp` in a name stands for, or null when the name has none. */
export function stampTime(name: string): Date | null {
  const match = stampPattern.exec(name)?.[1];
  if (!match) return null;
  const iso = match.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}
