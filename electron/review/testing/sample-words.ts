import type { Word } from '@contract/transcription';

/** A deterministic pseudo-random answer: fillers, pauses, sentence ends, odd characters, sloppy timings. */
export function sampleWords(seed: number, count: number): Word[] {
  let state = seed >>> 0 || 1;
  const random = () => {
    // xorshift32: reproducible without a dependency.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
  const vocabulary = [
    ' so',
    ' um',
    ' the',
    ' cache',
    ' p99',
    ' latency,',
    ' Kubernetes',
    ' A&B',
    ' <tag>',
    ' went',
    ' down.',
    ' uh',
    ' really?',
    ' -->',
    ' like',
    ' throughput',
  ];
  const words: Word[] = [];
  let t = random() * 0.8;
  for (let i = 0; i < count; i++) {
    const text = vocabulary[Math.floor(random() * vocabulary.length)]!;
    const length = random() < 0.05 ? 0 : 0.08 + random() * 0.5;
    // Now and then a recogniser steps back a little or leaves a long silence.
    const jitter = random() < 0.05 ? -0.03 : 0;
    const gap = random() < 0.08 ? 1 + random() * 3 : random() * 0.15;
    words.push({ text, start: Math.max(0, t + jitter), end: t + length, probability: random() });
    t += length + gap;
  }
  return words;
}

export const w = (text: string, start: number, end: number): Word => ({ text, start, end, probability: 0.9 });
