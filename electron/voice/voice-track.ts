import type { Pcm } from '../transcription/wav-pcm';
import { frameLevels } from './loudness';
import { PITCH_HOP_SECONDS, PitchTracker, defaultPitchOptions, type PitchOptions } from './pitch-track';

/** What the WAV says about the voice, frame by frame: the raw material of every voice measure. */
export interface VoiceTrack {
  /** Seconds between frames (10 ms). */
  hopSeconds: number;
  /** F0 in Hz per frame, 0 where no pitch was found; rounded to 0.1 Hz. */
  f0: number[];
  /** RMS level per frame in dBFS, rounded to 0.1 dB. */
  db: number[];
}

// Work in slices of half a second of audio, handing the event loop back between them, so a long answer never holds
// up the app's other requests for more than a few milliseconds at a time.
const framesPerSlice = 50;
const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

const round1 = (x: number) => Math.round(x * 10) / 10;

/** 16-bit samples as floats in -1..1. */
/** The analysis was stopped (its take is being deleted); nothing is stored. */
export class VoiceAnalysisStopped extends Error {
  constructor() {
    super('voice analysis stopped');
  }
}

/** Builds a long array slice by slice (a second of audio each), yielding between slices. */
async function inSlices(length: number, slice: (from: number, to: number) => Float32Array): Promise<Float32Array> {
  const step = 16_000;
  const parts: Float32Array[] = [];
  for (let from = 0; from < length; from += step) {
    parts.push(slice(from, Math.min(length, from + step)));
    await yieldToEventLoop();
  }
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function toFloat(samples: Int16Array): Float32Array {
  const out = new Float32Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = samples[i]! / 32768;
  return out;
}

/**
 * Half the sample rate for the pitch tracker: a voice's F0 stays under 500 Hz, so 8 kHz loses nothing it needs and
 * quarters the work of each frame's autocorrelation. A [1 2 1]/4 filter first keeps the top octave from folding down.
 */
export function halveRate(samples: Float32Array, from = 0, to = samples.length): Float32Array {
  // Whole output samples only: a slice starts on an even input sample.
  const first = Math.ceil(from / 2);
  const out = new Float32Array(Math.max(0, Math.ceil(to / 2) - first));
  for (let i = 0; i < out.length; i++) {
    const at = 2 * (first + i);
    out[i] = ((samples[at - 1] ?? samples[at]!) + 2 * samples[at]! + (samples[at + 1] ?? samples[at]!)) / 4;
  }
  return out;
}

/** Pitch and level every 10 ms of a recording. */
export async function analyseVoice(
  pcm: Pcm,
  options: PitchOptions = defaultPitchOptions,
  /** Checked between slices; when it returns true the analysis stops with a VoiceAnalysisStopped error. */
  stop: () => boolean = () => false,
): Promise<VoiceTrack> {
  const samples = await inSlices(pcm.samples.length, (from, to) => toFloat(pcm.samples.subarray(from, to)));
  const halved = pcm.sampleRate >= 16_000;
  const pitchSamples = halved ? await inSlices(samples.length, (from, to) => halveRate(samples, from, to)) : samples;
  const tracker = new PitchTracker(halved ? pcm.sampleRate / 2 : pcm.sampleRate, options);
  const hop = Math.round(PITCH_HOP_SECONDS * pcm.sampleRate);
  const frames = Math.floor(samples.length / hop);
  const f0 = new Float32Array(frames);
  const db = new Float32Array(frames);
  for (let from = 0; from < frames; from += framesPerSlice) {
    const to = Math.min(frames, from + framesPerSlice);
    tracker.track(pitchSamples, from, to, f0);
    frameLevels(samples, hop, from, to, db);
    if (to < frames) await yieldToEventLoop();
    if (stop()) throw new VoiceAnalysisStopped();
  }
  return { hopSeconds: PITCH_HOP_SECONDS, f0: Array.from(f0, round1), db: Array.from(db, round1) };
}
