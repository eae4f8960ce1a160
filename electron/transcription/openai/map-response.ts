import type { Segment, Word } from '@contract/transcription';

/** The verbose_json shape: whisper-1 and most OpenAI-compatible servers return it. */
export interface VerboseResponse {
  text: string;
  language?: string;
  duration?: number;
  segments?: Array<{ start: number; end: number; text: string; avg_logprob?: number }>;
  words?: Array<{ word: string; start: number; end: number; probability?: number }>;
}

const round = (s: number) => Math.round(s * 1000) / 1000;

/**
 * Shifts one chunk's timings by its offset in the recording. OpenAI's words
 * carry no probability; the containing segment's mean token probability
 * (exp of avg_logprob) stands in, and 1 when the server gives neither.
 */
export function mapChunk(
  response: VerboseResponse,
  offset: number,
  duration: number,
): { segments: Segment[]; words: Word[] } {
  const segments = (response.segments ?? []).map((s) => ({ ...s, start: s.start + offset, end: s.end + offset }));
  const text = response.text.trim();
  const out: Segment[] = segments.length
    ? segments.map((s) => ({ start: round(s.start), end: round(s.end), text: s.text.trim() })).filter((s) => s.text)
    : text
      ? [{ start: round(offset), end: round(offset + duration), text }]
      : [];
  const words = (response.words ?? []).map((w): Word => {
    const start = w.start + offset;
    const segment = segments.find((s) => start >= s.start && start <= s.end);
    const probability = w.probability ?? (segment?.avg_logprob !== undefined ? Math.exp(segment.avg_logprob) : 1);
    return {
      text: w.word.trim(),
      start: round(start),
      end: round(w.end + offset),
      probability: Math.min(1, Math.max(0, probability)),
    };
  });
  return { segments: out, words: words.filter((w) => w.text) };
}
