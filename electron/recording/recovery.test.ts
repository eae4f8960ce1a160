import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Services } from '../services';
import { recordingSetup } from './testing/recording-setup';
import { webmFacts } from './testing/webm-facts';
import { parseWavHeader, wavHeader } from './wav-format';

const fixture = fs.readFileSync(path.join(import.meta.dirname, 'fixtures/chromium-3s.webm'));
const setup = recordingSetup();

/** What a crash leaves: a row still "recording" and whatever reached the .part files. */
function crashedTake(services: Services, questionId: string, dir: string, webm: Uint8Array, wav: Uint8Array) {
  const take = services.takes.create(questionId, { videoFile: null, audioFile: null });
  fs.writeFileSync(path.join(dir, `${take.id}.webm.part`), webm);
  fs.writeFileSync(path.join(dir, `${take.id}.wav.part`), wav);
  return take.id;
}

describe('recovery', () => {
  it('cuts a torn WebM at its last complete block and a WAV at its last whole sample', async () => {
    const { services, questionId, dir } = setup();
    const torn = fixture.subarray(0, fixture.length - 700);
    const pcm = Buffer.concat([wavHeader(0), Buffer.alloc(48_001, 7)]);
    const id = crashedTake(services, questionId, dir, torn, pcm);

    const report = await services.recording.recover();
    expect(report.recovered).toMatchObject([
      { id, status: 'recovered', videoFile: `${id}.webm`, audioFile: `${id}.wav` },
    ]);
    expect(parseWavHeader(fs.readFileSync(path.join(dir, `${id}.wav`)))).toMatchObject({
      dataBytes: 48_000,
      durationMs: 1500,
    });
    expect(fs.statSync(path.join(dir, `${id}.wav`)).size).toBe(44 + 48_000);
    const facts = webmFacts(path.join(dir, `${id}.webm`));
    expect(facts.durationMs).toBeGreaterThan(2000);
    expect(facts.durationMs).toBe(report.recovered[0]!.durationMs);
    expect(facts.cuePoints).toBeGreaterThan(0);
    expect(facts.cuesOnClusters).toBe(facts.cuePoints);
  });

  it('recovers at start-up and tells the first screen that asks, once', async () => {
    const { services, questionId, dir } = setup();
    const pcm = Buffer.concat([wavHeader(0), Buffer.alloc(32_000, 7)]);
    const id = crashedTake(services, questionId, dir, fixture, pcm);

    await services.recording.recoverAtStartup();
    expect(services.takes.get(id)?.status).toBe('recovered');
    expect((await services.recording.recover()).recovered.map((a) => a.id)).toEqual([id]);
    expect((await services.recording.recover()).recovered).toEqual([]);
  });

  it('lists unusable takes and stray files, and deletes only what the user confirms', async () => {
    const { services, questionId, dir } = setup();
    const empty = crashedTake(services, questionId, dir, fixture.subarray(0, 100), wavHeader(0));
    fs.writeFileSync(path.join(dir, 'orphan.webm.part'), 'x');

    const report = await services.recording.recover();
    expect(report.recovered).toEqual([]);
    expect(services.takes.get(empty)?.status).toBe('failed');
    expect(report.leftovers.map((l) => l.id).sort()).toEqual([empty, 'orphan.webm.part'].sort());
    // Listing never deletes.
    expect(fs.existsSync(path.join(dir, 'orphan.webm.part'))).toBe(true);

    await services.recording.discardLeftovers(['orphan.webm.part', 'not-listed', '../rehearse.sqlite']);
    expect(fs.existsSync(path.join(dir, 'orphan.webm.part'))).toBe(false);
    expect(services.takes.get(empty)).toBeDefined();
    expect(fs.existsSync(services.paths.databaseFile)).toBe(true);

    await services.recording.discardLeftovers([empty]);
    expect(services.takes.get(empty)).toBeUndefined();
    expect(fs.readdirSync(dir)).toEqual([]);
    expect((await services.recording.recover()).leftovers).toEqual([]);
  });

  it('leaves a take that is recording right now alone', async () => {
    const { services, questionId, dir } = setup();
    const live = await services.recording.start(questionId);
    await services.recording.appendVideo(live.id, 0, fixture);
    const report = await services.recording.recover();
    expect(report).toEqual({ recovered: [], leftovers: [] });
    expect(services.takes.get(live.id)?.status).toBe('recording');
    expect(fs.existsSync(path.join(dir, `${live.id}.webm.part`))).toBe(true);
    await services.recording.stop(live.id);
  });
});
