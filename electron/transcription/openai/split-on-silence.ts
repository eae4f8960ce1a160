import { quietestCut } from '../quietest-cut';
import type { Pcm } from '../wav-pcm';

export interface AudioChunk {
  /** Offset of the chunk in the whole recording, in seconds. */
  readonly offset: number;
  readonly pcm: Pcm;
}

const FRAME_SECONDS = 0.02;

/**
 * Cuts audio into chunks of at most `maxSamples`, each cut placed at the
 * quietest 20 ms frame in the last quarter of the allowed span, so a word is
 * rarely split. Offsets let the caller shift each chunk's timestamps back.
 */
export function splitOnSilence(pcm: Pcm, maxSamples: number): AudioChunk[] {
  const { samples, sampleRate } = pcm;
  const frame = Math.max(1, Math.round(sampleRate * FRAME_SECONDS));
  const chunks: AudioChunk[] = [];
  let start = 0;
  while (samples.length - start > maxSamples) {
    const searchFrom = start + Math.floor(maxSamples * 0.75);
    const searchTo = start + maxSamples - frame;
    const cut = quietestCut(samples, searchFrom, searchTo, frame) ?? start + maxSamples;
    chunks.push({ offset: start / sampleRate, pcm: { sampleRate, samples: samples.subarray(start, cut) } });
    start = cut;
  }
  chunks.push({ offset: start / sampleRate, pcm: { sampleRate, samples: samples.subarray(start) } });
  return chunks;
}
