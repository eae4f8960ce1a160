// Control for bench/recording-memory.ts: allocates the same 1 s chunks and
// drops them without writing or collecting, to show how far RSS grows when
// V8 frees dead chunk buffers at its own pace (the writer returns them sooner).
import { syntheticWebmChunks } from '../electron/recording/testing/synthetic-webm';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 20 * 60);
let baseline = 0;
let peak = 0;
let checksum = 0;
const chunks = syntheticWebmChunks(SECONDS, { videoBytesPerSecond: 300_000 });
for (let seq = 0; seq < SECONDS; seq++) {
  const chunk = chunks.next().value as Uint8Array;
  checksum = (checksum + chunk[seq % chunk.length]!) & 0xffff;
  await new Promise((resolve) => setImmediate(resolve));
  const rss = process.memoryUsage().rss;
  if (seq === 10) baseline = rss;
  if (seq > 10) peak = Math.max(peak, rss);
}
console.log(JSON.stringify({ growth: peak - baseline, checksum }));
