import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { WAV_SAMPLE_RATE } from '../../recording/wav-format';
import { encodeWav, parseWav, type Pcm } from '../../transcription/wav-pcm';

/** A scratch folder for generated audio, removed by the returned function. */
export function audioDir(): { dir: string; dispose: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-voice-'));
  return { dir, dispose: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

const toRecorderFormat = ['-r', String(WAV_SAMPLE_RATE), '-b', '16', '-c', '1'];

/** Audio made by `sox -n <file> synth …` in the recorder's format (16 kHz mono 16-bit). */
export function soxSynth(dir: string, name: string, synth: string[], effects: string[] = []): Pcm {
  const file = path.join(dir, `${name}.wav`);
  execFileSync('sox', ['-n', ...toRecorderFormat, file, 'synth', ...synth, ...effects], { stdio: 'pipe' });
  return parseWav(fs.readFileSync(file));
}

/** espeak-ng reading SSML, resampled to the recorder's format, with optional sox effects (fades, gain). */
export function espeak(dir: string, name: string, ssml: string, args: string[] = [], effects: string[] = []): Pcm {
  const raw = path.join(dir, `${name}-raw.wav`);
  const file = path.join(dir, `${name}.wav`);
  execFileSync('espeak-ng', ['-m', '-w', raw, ...args, `<speak>${ssml}</speak>`], { stdio: 'pipe' });
  execFileSync('sox', [raw, ...toRecorderFormat, file, ...effects], { stdio: 'pipe' });
  return parseWav(fs.readFileSync(file));
}

/** Joins recordings end to end with `gapSeconds` of silence between them. */
export function concat(parts: readonly Pcm[], gapSeconds: number): Pcm {
  const gap = new Int16Array(Math.round(gapSeconds * WAV_SAMPLE_RATE));
  const pieces = parts.flatMap((p, i) => (i === 0 ? [p.samples] : [gap, p.samples]));
  const samples = new Int16Array(pieces.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const piece of pieces) {
    samples.set(piece, at);
    at += piece.length;
  }
  return { sampleRate: WAV_SAMPLE_RATE, samples };
}

/** A tone whose frequency follows `hzAt(seconds)`, at half full scale; phase is accumulated so it stays smooth. */
export function tone(seconds: number, hzAt: (t: number) => number): Pcm {
  const samples = new Int16Array(Math.round(seconds * WAV_SAMPLE_RATE));
  let phase = 0;
  for (let i = 0; i < samples.length; i++) {
    phase += (2 * Math.PI * hzAt(i / WAV_SAMPLE_RATE)) / WAV_SAMPLE_RATE;
    samples[i] = Math.round(16_000 * Math.sin(phase));
  }
  return { sampleRate: WAV_SAMPLE_RATE, samples };
}

/** Writes a recording to a WAV file, as the recorder leaves it on disk. */
export function writeWav(file: string, pcm: Pcm): void {
  fs.writeFileSync(file, encodeWav(pcm));
}

export const seconds = (pcm: Pcm) => pcm.samples.length / pcm.sampleRate;
