import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../seeded-random';
import { Segmenter, type AudioPiece } from './segmenter';

const RATE = 16_000;

/**
 * Speech-like audio: bursts of a 180-260 Hz tone at speech level with quiet
 * room noise between them, words 0.2-0.5 s long, short gaps inside sentences
 * and a pause (`pause` s) after each sentence of a few seconds.
 */
function speech(seconds: number, pause: number, random = seededRandom(5)): { samples: Int16Array; voiced: boolean[] } {
  const samples = new Int16Array(seconds * RATE);
  const voiced: boolean[] = new Array<boolean>(samples.length).fill(false);
  let t = 0;
  let sentence = 0;
  while (t < samples.length) {
    const word = Math.round((0.2 + random() * 0.3) * RATE);
    const freq = 180 + random() * 80;
    for (let i = t; i < Math.min(samples.length, t + word); i++) {
      samples[i] = Math.round(8000 * Math.sin((2 * Math.PI * freq * (i - t)) / RATE));
      voiced[i] = true;
    }
    t += word;
    sentence += word;
    const gap = sentence > 4 * RATE ? pause : 0.06;
    if (sentence > 4 * RATE) sentence = 0;
    t += Math.round(gap * RATE);
  }
  for (let i = 0; i < samples.length; i++) if (!voiced[i]) samples[i] = Math.round((random() - 0.5) * 60);
  return { samples, voiced };
}

const sameAudio = (a: Int16Array, b: Int16Array) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).equals(Buffer.from(b.buffer, b.byteOffset, b.byteLength));

function feed(samples: Int16Array, segmenter = new Segmenter()): AudioPiece[] {
  const pieces: AudioPiece[] = [];
  // One second at a time, as the recorder sends it.
  for (let at = 0; at < samples.length; at += RATE) pieces.push(...segmenter.push(samples.subarray(at, at + RATE)));
  const tail = segmenter.finish();
  if (tail) pieces.push(tail);
  return pieces;
}

describe('cutting a take into pieces while it records', () => {
  it('cuts at pauses into 10-30 s pieces that cover the take exactly once, plus a short overlap', () => {
    const { samples, voiced } = speech(120, 0.4);
    const pieces = feed(samples);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    expect(pieces[0]!.ownStart).toBe(0);
    expect(pieces.at(-1)!.ownEnd).toBe(samples.length);
    pieces.forEach((piece, i) => {
      if (i > 0) expect(piece.ownStart).toBe(pieces[i - 1]!.ownEnd);
      if (i < pieces.length - 1) {
        const seconds = (piece.ownEnd - piece.ownStart) / RATE;
        expect(seconds).toBeGreaterThanOrEqual(10);
        expect(seconds).toBeLessThanOrEqual(30);
        // Cut in a pause: no voice within 100 ms either side.
        expect(voiced.slice(piece.ownEnd - 1600, piece.ownEnd + 1600).some(Boolean)).toBe(false);
      }
      // The audio sent is exactly the take's audio at that place, starting 0.3 s before the piece's own span.
      expect(piece.audioStart).toBe(Math.max(0, piece.ownStart - 0.3 * RATE));
      expect(sameAudio(piece.samples, samples.subarray(piece.audioStart, piece.ownEnd))).toBe(true);
      expect(piece.voicedSeconds).toBeGreaterThan(0);
    });
  });

  it('cuts a speaker who never pauses by 30 s, at the quietest moment', () => {
    const { samples } = speech(75, 0.06);
    const pieces = feed(samples);
    expect(pieces.length).toBe(3);
    for (const piece of pieces.slice(0, -1)) {
      const seconds = (piece.ownEnd - piece.ownStart) / RATE;
      expect(seconds).toBeGreaterThanOrEqual(22.5);
      expect(seconds).toBeLessThanOrEqual(30);
      expect(Math.abs(samples[piece.ownEnd]!)).toBeLessThan(100);
    }
  });

  it('marks a piece of silence as having no voice, and leaves nothing after a cut at the very end', () => {
    const silence = new Int16Array(12 * RATE).map((_, i) => (i % 7) - 3);
    const pieces = feed(silence);
    expect(pieces.length).toBe(2);
    expect(pieces.every((p) => p.voicedSeconds === 0)).toBe(true);
    expect(new Segmenter().finish()).toBeNull();
  });
});
