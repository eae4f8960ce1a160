import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readWav } from '../transcription/wav-pcm';
import { OffThreadVoice } from './off-thread-voice';
import { audioDir, soxSynth, writeWav } from './testing/synth-audio';
import { analyseVoice, VoiceAnalysisStopped, type VoiceTrack } from './voice-track';

const scratch = audioDir();
const voice = new OffThreadVoice();
afterAll(async () => {
  await voice.stop();
  scratch.dispose();
});

function sweepFile(name: string, seconds: number): string {
  const file = path.join(scratch.dir, `${name}.wav`);
  writeWav(file, soxSynth(scratch.dir, `${name}-src`, [String(seconds), 'sine', '150-300']));
  return file;
}

/** The worker answers with the track as JSON, ready to store. */
const analysed = async (file: string) => JSON.parse(await voice.analyse(file)) as VoiceTrack;

describe('voice analysed on a worker thread', () => {
  it('gives exactly the track the analysis gives on this thread', async () => {
    const file = sweepFile('sweep', 3);
    const track = await analysed(file);
    expect(track).toEqual(await analyseVoice(await readWav(file)));
    expect(track.f0.filter((hz) => hz > 0).length).toBeGreaterThan(250);
  }, 60_000);

  it('rejects a file that is not a WAV with a code, and analyses the next one', async () => {
    const bad = path.join(scratch.dir, 'bad.wav');
    fs.writeFileSync(bad, 'not audio at all');
    await expect(voice.analyse(bad)).rejects.toMatchObject({ code: 'BAD_FILE' });
    expect((await analysed(sweepFile('after-bad', 1))).f0.length).toBe(100);
  }, 60_000);

  it('stopping ends a running analysis as stopped, and a new worker takes the next take', async () => {
    const long = sweepFile('long', 60);
    const stopped = expect(voice.analyse(long)).rejects.toBeInstanceOf(VoiceAnalysisStopped);
    await voice.stop();
    await stopped;
    expect((await analysed(sweepFile('after-stop', 1))).f0.length).toBe(100);
  }, 60_000);
});
