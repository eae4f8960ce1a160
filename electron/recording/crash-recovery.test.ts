import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../logger';
import { createServices } from '../services';
import { seedQuestion } from './testing/seed-question';
import { syntheticWebmChunks } from './testing/synthetic-webm';
import { webmFacts } from './testing/webm-facts';
import { parseWavHeader } from './wav-format';

const dirs: string[] = [];
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
  dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true }));
});

function nextMessage<T>(proc: ChildProcess, type: string, count = 1): Promise<T> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    const onExit = (code: number | null) => reject(new Error(`writer exited early (${code})`));
    const onMessage = (message: { type: string }) => {
      if (message.type !== type || ++seen < count) return;
      proc.off('message', onMessage);
      proc.off('exit', onExit);
      resolve(message as T);
    };
    proc.on('message', onMessage);
    proc.once('exit', onExit);
  });
}

describe('crash recovery', () => {
  it('a writer killed mid-answer loses at most the last second', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-crash-'));
    dirs.push(dataDir);
    const setup = createServices({ dataDir, transport: 'web', version: 'test', logger: silentLogger });
    const questionId = seedQuestion(setup.db);
    setup.close();

    child = fork(path.join(import.meta.dirname, 'testing/writer-child.ts'), [dataDir], {
      execArgv: ['--import', 'tsx'],
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    await nextMessage(child, 'ready');
    child.send({ type: 'start', questionId });
    const { takeId } = await nextMessage<{ takeId: string }>(child, 'started');

    // Seven seconds of answer, one chunk per stream per second as the renderer sends them.
    const seconds = 7;
    const pcm = new Uint8Array(32_000).map((_, i) => (i % 2 ? 0x20 : i & 0xff));
    const video = [...syntheticWebmChunks(seconds, { videoBytesPerSecond: 60_000 })];
    for (let seq = 0; seq < seconds - 1; seq++) {
      const acks = nextMessage(child, 'ack', 2);
      child.send({ type: 'video', takeId, seq, data: video[seq] });
      child.send({ type: 'audio', takeId, seq, data: pcm });
      await acks;
    }
    // The last second is in flight when the process dies.
    child.send({ type: 'video', takeId, seq: seconds - 1, data: video[seconds - 1] });
    child.send({ type: 'audio', takeId, seq: seconds - 1, data: pcm.subarray(0, 9_999) });
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));

    const services = createServices({ dataDir, transport: 'web', version: 'test', logger: silentLogger });
    try {
      expect(services.takes.get(takeId)?.status).toBe('recording');
      const report = await services.recording.recover();
      expect(report.recovered.map((a) => a.id)).toEqual([takeId]);
      const take = services.takes.get(takeId)!;
      expect(take.status).toBe('recovered');
      expect(take.durationMs).toBeGreaterThanOrEqual((seconds - 1) * 1000 - 100);
      // The chunk in flight may or may not have reached the disk; one video frame of slack.
      expect(take.durationMs).toBeLessThanOrEqual(seconds * 1000 + 50);

      const dir = services.paths.recordingsDir;
      const wav = parseWavHeader(fs.readFileSync(path.join(dir, take.audioFile!)))!;
      expect(wav.sampleRate).toBe(16_000);
      expect(wav.durationMs).toBeGreaterThanOrEqual((seconds - 1) * 1000);
      expect(wav.dataBytes % 2).toBe(0);
      const facts = webmFacts(path.join(dir, take.videoFile!));
      expect(facts.durationMs).toBe(take.durationMs);
      expect(facts.cuePoints).toBeGreaterThanOrEqual(seconds - 1);
      expect(facts.cuesOnClusters).toBe(facts.cuePoints);
      expect(fs.readdirSync(dir).filter((f) => f.endsWith('.part'))).toEqual([]);
      expect(report.leftovers).toEqual([]);
    } finally {
      services.close();
    }
  });
});
