import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultScoreSettings } from '../settings';
import type { WordRef } from '../types';
import { analyseVoice, type VoiceTrack } from '../../voice/voice-track';
import { audioDir, concat, espeak, seconds, soxSynth, tone } from '../../voice/testing/synth-audio';
import { measureVoice, voiceDeductions, type VoiceResult } from './voice-score';

const scratch = audioDir();
afterAll(() => scratch.dispose());
const settings = defaultScoreSettings.delivery;

const measured = (result: VoiceResult) => {
  if (result.status !== 'measured') throw new Error(`expected a measurement, got: ${result.reason}`);
  return result;
};
const voiceOf = async (pcm: Parameters<typeof analyseVoice>[0], words: WordRef[] = []) =>
  measureVoice(await analyseVoice(pcm), words, settings);

const story = [
  'When I joined the team, deployments took a whole day and nobody trusted them.',
  'I wrote a pipeline that built, tested and shipped every change in ten minutes.',
  'Over the next quarter we moved every service onto it, one team at a time.',
];

describe('pitch variation on synthetic tones (known spreads, within 0.5 semitone)', () => {
  it('a fixed 180 Hz sox tone has no spread and is one monotone stretch', async () => {
    const voice = measured(await voiceOf(soxSynth(scratch.dir, 'fixed', ['16', 'sine', '180'])));
    expect(voice.pitch.medianHz).toBeCloseTo(180, 0);
    expect(voice.pitch.spread).toBeLessThan(0.5);
    expect(voice.pitch.monotoneShare).toBe(1);
    expect(voice.pitch.monotone).toEqual([{ start: 0, end: 16 }]);
  });

  it('an exponential sox sweep over an octave in 8 s: spread 12/√12 ≈ 3.46 st, range 0.9 × 12 = 10.8 st', async () => {
    const voice = measured(await voiceOf(soxSynth(scratch.dir, 'sweep', ['8', 'sine', '150/300'])));
    expect(Math.abs(voice.pitch.spread - 12 / Math.sqrt(12))).toBeLessThan(0.5);
    expect(Math.abs(voice.pitch.range - 10.8)).toBeLessThan(0.5);
    expect(voice.pitch.monotone).toEqual([]);
  });

  it.each([1, 2, 4])('a 5 Hz vibrato of ±%i st: spread depth/√2', async (depth) => {
    const pcm = tone(16, (t) => 200 * 2 ** ((depth * Math.sin(2 * Math.PI * 5 * t)) / 12));
    const voice = measured(await voiceOf(pcm));
    expect(Math.abs(voice.pitch.spread - depth / Math.SQRT2)).toBeLessThan(0.5);
    // The norm is 2 st: a ±2 st vibrato (1.41 st spread) still sounds flat, a ±4 st one (2.83) does not.
    expect(voice.pitch.monotoneShare).toBe(depth / Math.SQRT2 < 2 ? 1 : 0);
  });

  it('a flat stretch inside a varied answer is placed in time', async () => {
    const varied = (s: number) => tone(s, (t) => 200 * 2 ** ((4 * Math.sin(2 * Math.PI * 0.5 * t)) / 12));
    const pcm = concat([varied(16), tone(16, () => 200), varied(16)], 0);
    const voice = measured(await voiceOf(pcm));
    expect(voice.pitch.monotone).toHaveLength(1);
    const [flat] = voice.pitch.monotone;
    expect(flat!.start).toBeGreaterThanOrEqual(14);
    expect(flat!.end).toBeLessThanOrEqual(34);
    const [deduction] = voiceDeductions(voice, settings);
    expect(deduction?.tip).toMatch(/^Your voice stayed flat from 0:\d\d to 0:\d\d — lift key words\.$/);
  });
});

describe('espeak-ng speech', () => {
  let flat: VoiceTrack;
  let lively: VoiceTrack;
  beforeAll(async () => {
    const text = story.join(' ');
    flat = await analyseVoice(espeak(scratch.dir, 'flat', `<prosody range="0">${text}</prosody>`));
    lively = await analyseVoice(espeak(scratch.dir, 'lively', `<prosody range="80">${text}</prosody>`));
  });

  it('tells pitch variation 0 from 80 (SSML prosody range): the flat reading is monotone throughout', () => {
    const a = measured(measureVoice(flat, [], settings));
    const b = measured(measureVoice(lively, [], settings));
    expect(a.pitch.spread).toBeLessThan(0.5);
    expect(a.pitch.monotoneShare).toBe(1);
    expect(b.pitch.spread).toBeGreaterThan(a.pitch.spread + 1);
    expect(b.pitch.range).toBeGreaterThan(a.pitch.range + 3);
  });

  it('judges a low and a high voice alike: -p 20 and -p 80 differ in pitch, not in spread', async () => {
    const text = story.join(' ');
    const low = measured(await voiceOf(espeak(scratch.dir, 'low', text, ['-p', '20'])));
    const high = measured(await voiceOf(espeak(scratch.dir, 'high', text, ['-p', '80'])));
    expect(high.pitch.medianHz / low.pitch.medianHz).toBeGreaterThan(1.3);
    expect(Math.abs(high.pitch.spread - low.pitch.spread)).toBeLessThan(0.5);
  });

  it('finds sentences faded to silence over their last 3 s as trailing off, and steady ones as not', async () => {
    const read = (name: string, fade: string[]) =>
      concat(
        story.map((s, i) => espeak(scratch.dir, `${name}-${i}`, s, [], fade)),
        0.8,
      );
    const steady = measured(await voiceOf(read('steady', [])));
    const fading = measured(await voiceOf(read('fading', ['fade', 't', '0', '-0', '3'])));
    expect(steady.trailingOff).toMatchObject({ count: 0, source: 'voice' });
    expect(fading.trailingOff).toMatchObject({ count: 3, share: 1 });
    expect(voiceDeductions(fading, settings).map((d) => d.tip)).toContain(
      'You trail off at the ends of sentences — carry your voice through the last word.',
    );
    expect(voiceDeductions(steady, settings).some((d) => d.reason.includes('sentences'))).toBe(false);
  });

  it("splits sentences at the transcript's punctuation when the words are timed", async () => {
    const parts = story.map((s, i) => espeak(scratch.dir, `timed-${i}`, s, [], ['fade', 't', '0', '-0', '3']));
    let at = 0;
    const words: WordRef[] = parts.flatMap((part, p) => {
      const texts = story[p]!.split(' ');
      const start = at;
      const step = seconds(part) / texts.length;
      at += seconds(part) + 0.8;
      return texts.map((text, k) => ({ index: 0, text, start: start + k * step, end: start + (k + 1) * step }));
    });
    const voice = measured(await voiceOf(concat(parts, 0.8), words));
    expect(voice.trailingOff).toMatchObject({ count: 3, source: 'words' });
    expect(voice.pace.length).toBeGreaterThan(0);
  });
});

describe('not enough to measure', () => {
  it('silence, a click and an unreadable recording give a reason instead of figures', async () => {
    const silence = await voiceOf(soxSynth(scratch.dir, 'quiet', ['5', 'sine', '200'], ['vol', '0']));
    expect(silence).toMatchObject({ status: 'not-enough', reason: expect.stringMatching(/too little voiced speech/) });
    const blip = await voiceOf(soxSynth(scratch.dir, 'blip', ['0.3', 'sine', '200']));
    expect(blip.status).toBe('not-enough');
    expect(measureVoice(null, [], settings)).toMatchObject({ status: 'not-enough' });
    expect(voiceDeductions(silence, settings)).toEqual([]);
  });
});
