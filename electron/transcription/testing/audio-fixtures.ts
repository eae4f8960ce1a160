import fs from 'node:fs';
import { encodeWav } from '../wav-pcm';

const RATE = 16_000;

/** A 16 kHz mono WAV: `tone` seconds of 220 Hz, then silence, repeating; deterministic. */
export function writeTestWav(
  file: string,
  seconds: number,
  pattern: { tone: number; silence: number } = { tone: 1, silence: 0 },
): void {
  const samples = new Int16Array(Math.round(seconds * RATE));
  const period = pattern.tone + pattern.silence;
  for (let i = 0; i < samples.length; i++) {
    const t = i / RATE;
    const inTone = pattern.silence === 0 || t % period < pattern.tone;
    samples[i] = inTone ? Math.round(6000 * Math.sin(2 * Math.PI * 220 * t)) : 0;
  }
  fs.writeFileSync(file, encodeWav({ sampleRate: RATE, samples }));
}
