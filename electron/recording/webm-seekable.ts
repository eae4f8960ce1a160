import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { tools } from 'ts-ebml';
import { scanWebm, type WebmScan } from './webm-scan';

export interface SeekableResult {
  durationMs: number;
  cues: number;
}

/**
 * ts-ebml's encoder returns `Buffer.concat(...).buffer`; in Node a small Buffer
 * lives inside the shared 8 KB pool, so `.buffer` would be the whole pool, not
 * our header. With the pool switched off for this synchronous call, the
 * ArrayBuffer is exactly the header.
 */
function seekableHeader(scan: WebmScan): Buffer {
  const poolSize = Buffer.poolSize;
  Buffer.poolSize = 0;
  try {
    return Buffer.from(tools.makeMetadataSeekable(scan.metadatas, scan.duration, scan.cues));
  } finally {
    Buffer.poolSize = poolSize;
  }
}

/**
 * Chromium's MediaRecorder writes WebM without Duration or Cues, so players
 * cannot seek it. This writes `target` as a new header (SeekHead, Info with
 * Duration, Tracks, Cues) followed by the recorded clusters, streamed from
 * `source` up to its last complete element. Needs free space for one copy.
 * Returns null when the source holds no media at all.
 */
export async function writeSeekableWebm(source: string, target: string): Promise<SeekableResult | null> {
  const scan = await scanWebm(source);
  if (!scan) return null;
  const header = seekableHeader(scan);
  const out = fs.createWriteStream(target, { flags: 'w' });
  const written = new Promise<void>((resolve, reject) => {
    out.once('error', reject);
    out.write(header, (error) => (error ? reject(error) : resolve()));
  });
  await written;
  // end is inclusive in createReadStream
  await pipeline(fs.createReadStream(source, { start: scan.metadataSize, end: scan.completeBytes - 1 }), out);
  return { durationMs: scan.durationMs, cues: scan.cues.length };
}
