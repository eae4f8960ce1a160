import { afterAll, describe, expect, it } from 'vitest';
import { analyseVoice } from './voice-track';
import { audioDir, soxSynth } from './testing/synth-audio';

const scratch = audioDir();
afterAll(() => scratch.dispose());

const semitones = (hz: number, reference: number) => 12 * Math.log2(hz / reference);

describe('voice track', () => {
  // Low male to high female speaking pitches.
  it.each([70, 98, 147, 220, 330, 440])(
    'finds a steady %i Hz sox tone within 0.5 semitone in every frame',
    async (hz) => {
      const track = await analyseVoice(soxSynth(scratch.dir, `sine-${hz}`, ['2', 'sine', String(hz)]));
      expect(track.hopSeconds).toBe(0.01);
      expect(track.f0).toHaveLength(200);
      const voiced = track.f0.filter((f) => f > 0);
      // Only the first and last half window, where the analysis frame runs off the audio, may go unmeasured.
      expect(voiced.length).toBeGreaterThanOrEqual(195);
      const worst = Math.max(...voiced.map((f) => Math.abs(semitones(f, hz))));
      expect(worst).toBeLessThan(0.5);
    },
  );

  it('follows a sawtooth voice-like tone as well as a sine', async () => {
    const track = await analyseVoice(soxSynth(scratch.dir, 'saw-120', ['2', 'sawtooth', '120']));
    const voiced = track.f0.filter((f) => f > 0);
    expect(voiced.length).toBeGreaterThanOrEqual(195);
    expect(Math.max(...voiced.map((f) => Math.abs(semitones(f, 120))))).toBeLessThan(0.5);
  });

  it('finds no pitch in silence or in white noise, and reads silence as far below speech level', async () => {
    const silence = await analyseVoice(soxSynth(scratch.dir, 'silence', ['3', 'sine', '200'], ['vol', '0']));
    expect(silence.f0.every((f) => f === 0)).toBe(true);
    // sox dithers its output, so "silence" sits near -95 dBFS rather than at the floor.
    expect(Math.max(...silence.db)).toBeLessThan(-80);
    const noise = await analyseVoice(soxSynth(scratch.dir, 'noise', ['3', 'whitenoise'], ['vol', '0.3']));
    expect(noise.f0.filter((f) => f > 0).length / noise.f0.length).toBeLessThan(0.05);
  });

  it('measures level in dBFS: a half-scale sine is about -9 dBFS, 20 dB quieter at a tenth of the amplitude', async () => {
    const loud = await analyseVoice(soxSynth(scratch.dir, 'loud', ['1', 'sine', '200'], ['vol', '0.5']));
    const quiet = await analyseVoice(soxSynth(scratch.dir, 'quiet', ['1', 'sine', '200'], ['vol', '0.05']));
    const mid = (db: number[]) => db[50]!;
    expect(mid(loud.db)).toBeCloseTo(-9, 0);
    expect(mid(loud.db) - mid(quiet.db)).toBeCloseTo(20, 0);
  });
});
