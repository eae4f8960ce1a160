// Shared by the AudioWorklet and tests: turns the microphone's float samples
// into the 16 kHz mono signed 16-bit PCM that transcription reads.

export const TARGET_RATE = 16_000;

/**
 * Streaming downsampler: each output sample is the mean of the input samples
 * that fall in its interval. The averaging is a cheap low-pass, so 48 kHz
 * speech does not fold noise back into the 0–8 kHz band Whisper listens to.
 */
export class Downsampler {
  private readonly step: number;
  private boundary: number;
  private position = 0;
  private sum = 0;
  private count = 0;

  constructor(fromRate: number, toRate = TARGET_RATE) {
    if (fromRate < toRate) throw new Error(`Cannot capture at ${fromRate} Hz: at least ${toRate} Hz is needed.`);
    this.step = fromRate / toRate;
    this.boundary = this.step;
  }

  push(input: Float32Array): Float32Array {
    const out = new Float32Array(Math.floor((this.position + input.length - this.boundary) / this.step) + 1);
    let written = 0;
    for (let i = 0; i < input.length; i++) {
      this.sum += input[i]!;
      this.count++;
      this.position++;
      if (this.position >= this.boundary) {
        out[written++] = this.sum / this.count;
        this.sum = 0;
        this.count = 0;
        this.boundary += this.step;
      }
    }
    return out.subarray(0, written);
  }
}

export function toInt16(samples: Float32Array): Int16Array {
  const out = new Int16Array(samples.length);
  for (let i = 0; i < samples.length; i++) {
    const s = Math.max(-1, Math.min(1, samples[i]!));
    out[i] = s < 0 ? s * 0x8000 : s * 0x7fff;
  }
  return out;
}

/** Averages channels into one. */
export function mixToMono(channels: readonly Float32Array[]): Float32Array {
  if (channels.length === 1) return channels[0]!;
  const out = new Float32Array(channels[0]?.length ?? 0);
  for (const channel of channels) for (let i = 0; i < out.length; i++) out[i]! += channel[i]! / channels.length;
  return out;
}

export function peak(samples: Float32Array): number {
  let max = 0;
  for (const s of samples) max = Math.max(max, Math.abs(s));
  return max;
}
