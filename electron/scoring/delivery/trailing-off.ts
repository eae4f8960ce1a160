import { meanDb } from '../../voice/loudness';
import type { VoiceTrack } from '../../voice/voice-track';
import type { WordRef } from '../types';
import { voicedLevels } from './volume';
import { round1, type Span } from './voice-windows';

export interface SentenceLevel extends Span {
  /** Level of the first second minus level of the last second, dB: positive is quieter at the end. */
  drop: number;
  trailsOff: boolean;
}

export interface TrailingOff {
  sentences: SentenceLevel[];
  count: number;
  share: number;
  /** Where sentences came from: the transcript's words, or pauses in the voice when the words have no times. */
  source: 'words' | 'voice';
}

// A sentence ends at its punctuation, or at a pause this long when the recogniser left punctuation out.
const sentenceGapSeconds = 0.8;
const voiceGapFrames = 50;
// The first and last second are compared, so a sentence needs room for both.
const minSentenceSeconds = 2;
const edgeSeconds = 1;
const minEdgeFrames = 15;

function sentencesFromWords(words: readonly WordRef[]): Span[] {
  const spans: Span[] = [];
  let start: number | null = null;
  words.forEach((word, i) => {
    if (word.start === null || word.end === null) return;
    start ??= word.start;
    const next = words[i + 1];
    const gap = next?.start != null ? next.start - word.end : Infinity;
    if (/[.!?]["')\]]*$/.test(word.text) || gap >= sentenceGapSeconds) {
      spans.push({ start, end: word.end });
      start = null;
    }
  });
  return spans;
}

function phrasesFromVoice(track: VoiceTrack): Span[] {
  const spans: Span[] = [];
  let first = -1;
  let last = -1;
  track.f0.forEach((hz, k) => {
    if (hz <= 0) return;
    if (first >= 0 && k - last > voiceGapFrames) {
      spans.push({ start: first * track.hopSeconds, end: (last + 1) * track.hopSeconds });
      first = -1;
    }
    if (first < 0) first = k;
    last = k;
  });
  if (first >= 0) spans.push({ start: first * track.hopSeconds, end: (last + 1) * track.hopSeconds });
  return spans;
}

function frameLevelsIn(track: VoiceTrack, span: Span): number[] {
  return track.db.slice(
    Math.max(0, Math.round(span.start / track.hopSeconds)),
    Math.round(span.end / track.hopSeconds),
  );
}

/** Sentences whose last second is markedly quieter than their first. */
export function measureTrailingOff(
  track: VoiceTrack,
  words: readonly WordRef[],
  trailOffDb: number,
): TrailingOff | null {
  const timed = words.some((w) => w.start !== null);
  const spans = timed ? sentencesFromWords(words) : phrasesFromVoice(track);
  const sentences = spans.flatMap((span): SentenceLevel[] => {
    if (span.end - span.start < minSentenceSeconds) return [];
    const head = { start: span.start, end: span.start + edgeSeconds };
    const tail = { start: span.end - edgeSeconds, end: span.end };
    if (voicedLevels(track, head).length < minEdgeFrames || voicedLevels(track, tail).length < minEdgeFrames) return [];
    // Every frame of each second counts: a voice fading into a breath is quieter still, not unmeasured.
    const drop = round1(meanDb(frameLevelsIn(track, head)) - meanDb(frameLevelsIn(track, tail)));
    return [{ start: round1(span.start), end: round1(span.end), drop, trailsOff: drop >= trailOffDb }];
  });
  if (sentences.length === 0) return null;
  const count = sentences.filter((s) => s.trailsOff).length;
  return {
    sentences,
    count,
    share: Math.round((count / sentences.length) * 100) / 100,
    source: timed ? 'words' : 'voice',
  };
}
