import fs from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempServices } from '../testing/temp-services';
import { audioDir, concat, espeak, writeWav } from '../voice/testing/synth-audio';
import { goodAnswer, seedDeck, storeTranscript } from '../testing/seed-take';

let services: ReturnType<typeof tempServices>;
const scratch = audioDir();
beforeEach(() => {
  services = tempServices();
});
afterEach(() => services.dispose());
afterAll(() => scratch.dispose());

function takeWithWav(name: string, write: (file: string) => void): string {
  const { questionIds } = seedDeck(services);
  const take = services.takes.create(questionIds[0]!, { videoFile: null, audioFile: name });
  write(path.join(services.paths.recordingsDir, name));
  services.takes.finish(take.id, 'recorded', 20_000);
  storeTranscript(services, take.id, goodAnswer);
  return take.id;
}

describe('voice measures in the feedback', () => {
  it("a take's WAV is analysed once and its pitch and volume join the delivery score", async () => {
    const flat = concat(
      [1, 2, 3].map((i) =>
        espeak(scratch.dir, `flat-${i}`, `<prosody range="0">We shipped the release on time, part ${i}.</prosody>`),
      ),
      0.5,
    );
    const takeId = takeWithWav('flat.wav', (file) => writeWav(file, flat));

    // Scored at once without the voice, then again once the WAV is analysed.
    expect((await services.feedback.rescore(takeId)).report!.delivery.voice).toBeUndefined();
    await services.feedback.idle();
    const report = services.feedback.latest(takeId)!.report!;
    expect(report.delivery.voice).toMatchObject({ status: 'measured', pitch: { monotoneShare: 1 } });
    expect(report.delivery.deductions.map((d) => d.reason)).toContainEqual(
      expect.stringMatching(/^Pitch spread under 2/),
    );
    expect(report.tips.map((t) => t.text).join('\n')).toMatch(
      /Your voice stayed flat from 0:00 to 0:\d\d — lift key words\./,
    );

    // A re-score (after an edit or new norms) reads the stored track instead of analysing again.
    const again = await services.feedback.rescore(takeId);
    expect(again.report!.delivery.voice).toEqual(report.delivery.voice);
    const voiceJobs = services.db.prepare("SELECT COUNT(*) AS n FROM jobs WHERE kind = 'voice'").get() as { n: number };
    expect(voiceJobs.n).toBe(1);
  });

  it('"delete all my data" stops a running voice analysis, which then stores nothing', async () => {
    const takeId = takeWithWav('long.wav', (file) =>
      writeWav(file, {
        sampleRate: 16_000,
        samples: new Int16Array(16_000 * 120).map((_, i) => 6000 * Math.sin(i / 12)),
      }),
    );
    void services.feedback.rescore(takeId);
    const resume = await services.feedback.cancelAll();
    await services.feedback.idle();
    resume();
    const voiceJobs = services.db.prepare("SELECT COUNT(*) AS n FROM jobs WHERE kind = 'voice'").get() as { n: number };
    expect(voiceJobs.n).toBe(0);
    expect(services.feedback.voice?.track(takeId)).toBeUndefined();
  });

  it('a corrupt WAV or a silent one says there is not enough to measure, and the take is still scored', async () => {
    const corrupt = takeWithWav('corrupt.wav', (file) => fs.writeFileSync(file, 'RIFF....WAVEnot really'));
    const silent = takeWithWav('silent.wav', (file) =>
      writeWav(file, { sampleRate: 16_000, samples: new Int16Array(16_000 * 5) }),
    );
    void services.feedback.rescore(corrupt);
    void services.feedback.rescore(silent);
    await services.feedback.idle();
    for (const takeId of [corrupt, silent]) {
      const job = services.feedback.latest(takeId)!;
      expect(job.status).toBe('done');
      expect(job.report!.delivery.voice).toMatchObject({ status: 'not-enough' });
      expect(job.report!.overall).toBeGreaterThan(0);
    }
  });
});
