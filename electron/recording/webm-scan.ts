import fs from 'node:fs/promises';
import { Decoder, Reader, type EBMLElementDetail } from 'ts-ebml';

export interface WebmScan {
  /** Elements before the first Cluster (EBML header, Segment start, Info, Tracks). */
  metadatas: EBMLElementDetail[];
  /** Byte offset where the first Cluster starts: everything after it is media. */
  metadataSize: number;
  /** Where the last complete element ends: a crashed recording is cut here. */
  completeBytes: number;
  /** In the file's timestamp scale (milliseconds for Chromium). */
  duration: number;
  durationMs: number;
  cues: { CueTrack: number; CueClusterPosition: number; CueTime: number }[];
}

const READ_SIZE = 256 * 1024;

/**
 * Reads a MediaRecorder WebM once, in 256 kB slices, and collects what a seekable
 * header needs. Only one cluster's element list is held at a time, so memory
 * does not grow with the length of the answer.
 */
export async function scanWebm(file: string): Promise<WebmScan | null> {
  const decoder = new Decoder();
  const reader = new Reader();
  reader.drop_default_duration = false;
  let completeBytes = 0;
  let sawBlock = false;
  const handle = await fs.open(file, 'r');
  try {
    const buffer = Buffer.alloc(READ_SIZE);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, READ_SIZE, null);
      if (bytesRead === 0) break;
      let elements: EBMLElementDetail[];
      try {
        elements = decoder.decode(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + bytesRead));
      } catch {
        break; // garbage after a crash: keep what parsed cleanly so far
      }
      for (const element of elements) {
        reader.read(element);
        if (element.type !== 'm' && element.dataEnd > 0) completeBytes = element.dataEnd;
        if (element.name === 'SimpleBlock') sawBlock = true;
      }
    }
  } finally {
    await handle.close();
  }
  reader.stop();
  if (!sawBlock || reader.metadatas.length === 0) return null;
  const duration = reader.duration;
  return {
    metadatas: reader.metadatas,
    metadataSize: reader.metadataSize,
    completeBytes,
    duration,
    durationMs: Math.round((duration * reader.timestampScale) / 1e6),
    cues: reader.cues,
  };
}
