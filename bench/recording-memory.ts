// Streams a synthetic 20-minute answer (1 s WebM chunks at ~2.4 Mbit/s plus
// 16 kHz PCM) through the real recording writer and reports how much the
// process's resident memory grew. Target: at most 20 MB while streaming.
// Also reports whether memory is flat (no growth between the first and the
// second half of the answer) and what is still retained after a full GC.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { silentLogger } from '../electron/logger';
import { seedQuestion } from '../electron/recording/testing/seed-question';
import { syntheticWebmChunks } from '../electron/recording/testing/synthetic-webm';
import { createServices } from '../electron/services';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20 * 60);
const VIDEO_BYTES_PER_SECOND = 300_000;
const TARGET_MB = 20;
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** The control run in its own process, so neither run's heap shapes the other's figures. */
function controlGrowth(): number {
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(import.meta.dirname, 'recording-control.ts')],
    {
      env: { ...process.env, BENCH_SECONDS: String(SECONDS) },
    },
  );
  return (JSON.parse(output.toString()) as { growth: number }).growth;
}

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-bench-'));
  const services = createServices({ dataDir, transport: 'web', version: 'bench', logger: silentLogger });
  try {
    const { id } = await services.recording.start(seedQuestion(services.db));
    const pcm = new Uint8Array(32_000).map((_, i) => (i % 2 ? 0x08 : (i * 13) & 0xff));
    const video = syntheticWebmChunks(SECONDS, { videoBytesPerSecond: VIDEO_BYTES_PER_SECOND });

    let baseline = 0;
    let peak = 0;
    let firstHalfPeak = 0;
    let secondHalfPeak = 0;
    const gc = (globalThis as { gc?: () => void }).gc;
    const retained = async () => {
      if (!gc) return null;
      gc();
      await new Promise((resolve) => setTimeout(resolve, 200)); // array buffers are swept concurrently
      const usage = process.memoryUsage();
      return usage.heapUsed + usage.arrayBuffers;
    };
    let retainedStart: number | null = null;
    const started = performance.now();
    for (let seq = 0; seq < SECONDS; seq++) {
      await services.recording.appendVideo(id, seq, video.next().value as Uint8Array);
      await services.recording.appendAudio(id, seq, pcm);
      const rss = process.memoryUsage().rss;
      // The first 10 s warm up the JIT and the SQLite/fs machinery.
      if (seq === 10) {
        baseline = rss;
        retainedStart = await retained();
      }
      if (seq > 10) peak = Math.max(peak, rss);
      if (seq > 10 && seq < SECONDS / 2) firstHalfPeak = Math.max(firstHalfPeak, rss);
      if (seq >= SECONDS / 2) secondHalfPeak = Math.max(secondHalfPeak, rss);
    }
    const retainedEnd = await retained();
    const streamMs = performance.now() - started;

    let finalizePeak = 0;
    const sampler = setInterval(() => (finalizePeak = Math.max(finalizePeak, process.memoryUsage().rss)), 20);
    const stopStarted = performance.now();
    const take = await services.recording.stop(id);
    const stopMs = performance.now() - stopStarted;
    clearInterval(sampler);

    const webmBytes = fs.statSync(path.join(services.paths.recordingsDir, take.videoFile!)).size;
    const wavBytes = fs.statSync(path.join(services.paths.recordingsDir, take.audioFile!)).size;
    const growth = peak - baseline;
    const halfGrowth = secondHalfPeak - firstHalfPeak;
    console.log(`answer length           ${SECONDS} s (${(SECONDS / 60).toFixed(1)} min) in 1 s chunks`);
    console.log(`written                 webm ${mb(webmBytes)} MB, wav ${mb(wavBytes)} MB`);
    console.log(
      `streaming time          ${(streamMs / 1000).toFixed(1)} s (${(streamMs / SECONDS).toFixed(2)} ms per second of answer)`,
    );
    console.log(`RSS baseline            ${mb(baseline)} MB`);
    console.log(`RSS growth streaming    ${mb(growth)} MB (target <= ${TARGET_MB} MB)`);
    console.log(
      `  same chunks, no writer  ${mb(controlGrowth())} MB (control: the same buffers left to V8's own pace)`,
    );
    console.log(`RSS peak, 2nd half vs 1st half  ${halfGrowth >= 0 ? '+' : ''}${mb(halfGrowth)} MB (flat if ~0)`);
    if (retainedStart !== null && retainedEnd !== null) {
      console.log(`retained after full GC  ${mb(retainedStart)} MB -> ${mb(retainedEnd)} MB (heap + array buffers)`);
    }
    console.log(
      `stop (seekable + wav)   ${(stopMs / 1000).toFixed(2)} s, RSS peak during stop +${mb(Math.max(0, finalizePeak - baseline))} MB`,
    );
    console.log(`saved duration          ${take.durationMs} ms, status ${take.status}`);
    const withinTarget = growth <= TARGET_MB * 1024 * 1024;
    const flat = halfGrowth <= 5 * 1024 * 1024;
    console.log(`target ${TARGET_MB} MB: ${withinTarget ? 'met' : 'MISSED'}; flat: ${flat ? 'yes' : 'NO'}`);
    if (!flat) process.exitCode = 1;
  } finally {
    services.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
