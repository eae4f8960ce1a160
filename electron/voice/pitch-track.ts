import { PitchDetector } from 'pitchy';

/** One F0 value per hop; 0 marks a frame with no clear pitch (silence, breath, unvoiced consonants). */
export const PITCH_HOP_SECONDS = 0.01;

export interface PitchOptions {
  /**
   * McLeod's clarity (0..1) a frame needs to count as voiced. 0.8 keeps the vowels of espeak-ng's rough synthetic
   * voice (clarity mostly 0.6-0.95) while fricatives, breath and room noise stay below it.
   */
  clarity: number;
  /** Speaking F0 range: 60 Hz (low male voices) to 500 Hz (children, raised female voices). */
  minHz: number;
  maxHz: number;
}

export const defaultPitchOptions: PitchOptions = { clarity: 0.8, minHz: 60, maxHz: 500 };

// 48 ms holds almost three periods of a 60 Hz voice, which MPM needs to lock on, and stays short enough to follow
// the pitch movement of a syllable.
const windowSeconds = 0.048;

/**
 * Tracks F0 every 10 ms over `samples[from, to)` frames with pitchy's McLeod Pitch Method. Frames are centred on
 * their hop, so frame k describes the audio around k × 10 ms.
 */
export class PitchTracker {
  private readonly detector: PitchDetector<Float32Array>;
  private readonly window: Float32Array;
  private readonly hop: number;

  constructor(
    private readonly sampleRate: number,
    private readonly options: PitchOptions = defaultPitchOptions,
  ) {
    const size = Math.round(windowSeconds * sampleRate);
    this.detector = PitchDetector.forFloat32Array(size);
    // Quiet frames (below -50 dBFS peak) are room noise, not a voice.
    this.detector.minVolumeDecibels = -50;
    this.window = new Float32Array(size);
    this.hop = Math.round(PITCH_HOP_SECONDS * sampleRate);
  }

  frameCount(sampleCount: number): number {
    return Math.floor(sampleCount / this.hop);
  }

  /** Writes F0 (Hz, 0 when unvoiced) of frames [from, to) into `out`. */
  track(samples: Float32Array, from: number, to: number, out: Float32Array): void {
    const size = this.window.length;
    const half = size >> 1;
    for (let k = from; k < to; k++) {
      const start = k * this.hop + (this.hop >> 1) - half;
      if (start < 0 || start + size > samples.length) {
        out[k] = 0;
        continue;
      }
      this.window.set(samples.subarray(start, start + size));
      const [hz, clarity] = this.detector.findPitch(this.window, this.sampleRate);
      const voiced = clarity >= this.options.clarity && hz >= this.options.minHz && hz <= this.options.maxHz;
      out[k] = voiced ? hz : 0;
    }
  }
}
