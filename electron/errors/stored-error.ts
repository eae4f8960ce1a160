import { errorDetailSchema, type ErrorDetail } from '@contract';

/**
 * A failed job keeps its error's detail as JSON in `jobs.error_message`, so the
 * page words it like any other error. Rows written by earlier releases hold a
 * sentence instead; that is passed on as it was stored.
 */
export const storedErrorText = (detail: ErrorDetail): string => JSON.stringify(detail);

export function storedErrorDetail(text: string | null): ErrorDetail | null {
  if (text === null) return null;
  try {
    const parsed = errorDetailSchema.safeParse(JSON.parse(text));
    if (parsed.success) return parsed.data;
  } catch {
    // Not JSON: a sentence from an earlier release.
  }
  return { storedText: text.slice(0, 2000) };
}
