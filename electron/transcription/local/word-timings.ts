import type { Segment, Word } from '@contract/transcription';
import type { WhisperJson } from './whisper-json';

/** First special token id: `<|endoftext|>` is 50256 in English-only vocabularies and 50257 in multilingual ones. */
export const firstSpecialToken = (multilingual: boolean) => (multilingual ? 50_257 : 50_256);

const PUNCTUATION_ONLY = /^[\p{P}\p{S}]+$/u;
const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

interface Piece {
  text: string;
  start: number;
  end: number;
  p: number;
}

/**
 * Whisper's tokens are BPE pieces: a word starts at a token with a leading
 * space (" Kuber" + "netes"). Punctuation joins the word before it but does
 * not stretch its end time, so pauses measured after a comma stay honest.
 */
export function mergeTokensIntoWords(pieces: readonly Piece[]): Word[] {
  const words: Array<{ text: string; start: number; end: number; probs: number[] }> = [];
  for (const piece of pieces) {
    const bare = piece.text.trim();
    if (!bare) continue;
    const current = words.at(-1);
    const punctuation = PUNCTUATION_ONLY.test(bare);
    if (current && (punctuation || !/^\s/.test(piece.text))) {
      current.text += piece.text;
      if (!punctuation) {
        current.end = Math.max(current.end, piece.end);
        current.probs.push(piece.p);
      }
      continue;
    }
    words.push({ text: piece.text, start: piece.start, end: piece.end, probs: [piece.p] });
  }
  return words.map((w) => ({
    text: w.text.trim(),
    start: round(w.start),
    end: round(Math.max(w.start, w.end)),
    probability: round(w.probs.reduce((a, b) => a + b, 0) / w.probs.length),
  }));
}

/** Segments and words (seconds) from whisper-cli's full JSON; special and timestamp tokens are dropped. */
export function transcriptParts(json: WhisperJson): { segments: Segment[]; words: Word[]; text: string } {
  const special = firstSpecialToken(json.model?.multilingual ?? false);
  const segments: Segment[] = [];
  const pieces: Piece[] = [];
  for (const seg of json.transcription) {
    const text = seg.text.trim();
    if (!text) continue;
    segments.push({ start: round(seg.offsets.from / 1000), end: round(seg.offsets.to / 1000), text });
    for (const token of seg.tokens ?? []) {
      if (token.id >= special) continue;
      const from = token.offsets?.from ?? seg.offsets.from;
      const to = token.offsets?.to ?? from;
      pieces.push({ text: token.text, start: from / 1000, end: to / 1000, p: Math.min(1, Math.max(0, token.p)) });
    }
  }
  return { segments, words: mergeTokensIntoWords(pieces), text: segments.map((s) => s.text).join(' ') };
}
