import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordingSetup } from './testing/recording-setup';
import { webmFacts } from './testing/webm-facts';
import { parseWavHeader } from './wav-format';

const fixture = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/chromium-3s.webm'));
const setup = recordingSetup();

/** A real Chromium recording cut into uneven pieces: chunks need not end on element boundaries. */
const pieces = (data: Uint8Array, size: number) =>
  Array.from({ length: Math.ceil(data.length / size) }, (_, i) => data.subarray(i * size, (i + 1) * size));
const pcmSeconds = (seconds: number) => new Uint8Array(seconds * 32_000).map((_, i) => (i % 2 ? 0x10 : i & 0xff));

describe('RecordingService', () => {
  it('creates the take as "recording" with open .part files before any byte arrives', async () => {
    const { services, questionId, dir } = setup();
    const take = await services.recording.start(questionId);
    expect(services.takes.get(take.id)?.status).toBe('recording');
    expect(fs.existsSync(path.join(dir, `${take.id}.webm.part`))).toBe(true);
    expect(fs.readFileSync(path.join(dir, `${take.id}.wav.part`)).length).toBe(44);
    await services.recording.cancel(take.id);
  });

  it('finishes a take: 16 kHz mono WAV, seekable WebM with duration and cues, status recorded', async () => {
    const { services, questionId, dir } = setup();
    const saved: string[] = [];
    services.events.subscribe(
      (name, payload) => name === 'recording.saved' && saved.push((payload as { takeId: string }).takeId),
    );
    const { id } = await services.recording.start(questionId);
    let seq = 0;
    for (const piece of pieces(fixture, 5000)) await services.recording.appendVideo(id, seq++, piece);
    const pcm = pcmSeconds(3);
    for (const [i, piece] of pieces(pcm, 32_000).entries()) await services.recording.appendAudio(id, i, piece);

    const take = await services.recording.stop(id);
    expect(take).toMatchObject({ status: 'recorded', videoFile: `${id}.webm`, audioFile: `${id}.wav` });
    expect(take.durationMs).toBeGreaterThan(2500);
    expect(take.durationMs).toBeLessThan(3500);
    expect(fs.readdirSync(dir).sort()).toEqual([`${id}.wav`, `${id}.webm`]);

    const wav = fs.readFileSync(path.join(dir, `${id}.wav`));
    expect(parseWavHeader(wav)).toMatchObject({
      sampleRate: 16_000,
      channels: 1,
      bitsPerSample: 16,
      dataBytes: pcm.length,
      durationMs: 3000,
    });
    expect(Buffer.compare(wav.subarray(44), pcm)).toBe(0);

    const facts = webmFacts(path.join(dir, `${id}.webm`));
    expect(facts.durationMs).toBe(take.durationMs);
    // Cues only where decoding can start: this recording's one keyframe is its first frame.
    expect(facts.clusters).toBe(3);
    expect(facts.cuePoints).toBe(1);
    expect(facts.cuesOnClusters).toBe(facts.cuePoints);
    expect(facts.unknownSizeElements).toBe(0);
    expect(saved).toEqual([id]);
  });

  it('refuses chunks after stop and for unknown takes', async () => {
    const { services, questionId } = setup();
    const { id } = await services.recording.start(questionId);
    await services.recording.appendVideo(id, 0, fixture);
    await services.recording.stop(id);
    expect(() => services.recording.appendVideo(id, 1, fixture)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('cancel discards the row and both files', async () => {
    const { services, questionId, dir } = setup();
    const { id } = await services.recording.start(questionId);
    await services.recording.appendVideo(id, 0, fixture.subarray(0, 1000));
    await services.recording.cancel(id);
    expect(services.takes.get(id)).toBeUndefined();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('a take with no media at all is not kept', async () => {
    const { services, questionId, dir } = setup();
    const { id } = await services.recording.start(questionId);
    await expect(services.recording.stop(id)).rejects.toMatchObject({ code: 'CANCELED' });
    expect(services.takes.get(id)).toBeUndefined();
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('an unknown question is NOT_FOUND and leaves nothing behind', async () => {
    const { services, dir } = setup();
    await expect(services.recording.start('missing')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('discardAll waits for a stop under way, drops open takes, refuses late chunks and new takes until resumed', async () => {
    const { services, questionId, dir } = setup();
    const stopping = await services.recording.start(questionId);
    await services.recording.appendVideo(stopping.id, 0, fixture);
    const open = await services.recording.start(questionId);
    await services.recording.appendVideo(open.id, 0, fixture.subarray(0, 1000));

    const stopped = services.recording.stop(stopping.id);
    const resume = await services.recording.discardAll();
    // The stop already under way finished before the discard returned, so nothing can appear later.
    await expect(stopped).resolves.toMatchObject({ status: 'recorded' });
    expect(fs.readdirSync(dir)).toEqual([`${stopping.id}.webm`]);
    expect(services.takes.get(open.id)).toBeUndefined();
    expect(() => services.recording.appendVideo(open.id, 1, fixture)).toThrow(
      expect.objectContaining({ code: 'CANCELED', detail: { reason: 'discarded-by-delete-all' } }),
    );
    await expect(services.recording.start(questionId)).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(fs.readdirSync(dir)).toEqual([`${stopping.id}.webm`]);

    resume();
    resume();
    const next = await services.recording.start(questionId);
    await services.recording.cancel(next.id);
  });

  it('finishes a take nobody feeds any more (the window went away) as recovered', async () => {
    const { services, questionId, dir } = setup();
    const { id } = await services.recording.start(questionId);
    await services.recording.appendVideo(id, 0, fixture);
    await services.recording.finishAbandoned(Date.now() + 30_000);
    expect(services.recording.isRecording(id)).toBe(true);
    await services.recording.finishAbandoned(Date.now() + 61_000);
    expect(services.recording.isRecording(id)).toBe(false);
    expect(services.takes.get(id)).toMatchObject({ status: 'recovered', videoFile: `${id}.webm` });
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
  });
});
