import { describe, expect, it } from 'vitest';
import { Downsampler, mixToMono, toInt16 } from './pcm-convert';

const sine = (rate: number, hz: number, seconds: number) =>
  Float32Array.from({ length: rate * seconds }, (_, i) => Math.sin((2 * Math.PI * hz * i) / rate));

describe('PCM conversion', () => {
  it('turns 48 kHz into exactly a third as many samples, however the input is split', () => {
    const input = sine(48_000, 440, 1);
    const whole = new Downsampler(48_000).push(input);
    const down = new Downsampler(48_000);
    const parts = [128, 1000, 37, input.length - 1165].reduce<Float32Array[]>((acc, size) => {
      const start = acc.reduce((n, a) => n + a.length, 0);
      return [...acc, input.subarray(start, start + size)];
    }, []);
    const pieces = parts.map((part) => down.push(part));
    expect(whole.length).toBe(16_000);
    expect(pieces.reduce((n, p) => n + p.length, 0)).toBe(16_000);
  });

  it('handles rates that are not a whole multiple (44.1 kHz)', () => {
    const out = new Downsampler(44_100).push(sine(44_100, 300, 2));
    expect(Math.abs(out.length - 32_000)).toBeLessThanOrEqual(1);
  });

  it('keeps speech-band tones and damps tones above 8 kHz', () => {
    const rms = (a: Float32Array) => Math.sqrt(a.reduce((s, v) => s + v * v, 0) / a.length);
    expect(rms(new Downsampler(48_000).push(sine(48_000, 300, 1)))).toBeGreaterThan(0.65);
    expect(rms(new Downsampler(48_000).push(sine(48_000, 15_000, 1)))).toBeLessThan(0.3);
  });

  it('clips to 16-bit and mixes channels', () => {
    expect([...toInt16(Float32Array.of(0, 1, -1, 2, 0.5))]).toEqual([0, 32767, -32768, 32767, 16383]);
    expect([...mixToMono([Float32Array.of(1, 0), Float32Array.of(0, 0)])]).toEqual([0.5, 0]);
  });
});
