import fs from 'node:fs';
import { Decoder } from 'ts-ebml';

export interface WebmFacts {
  durationMs: number | null;
  cuePoints: number;
  clusters: number;
}

/** What a player needs to seek, read back from a finished file with an independent parser pass. */
export function webmFacts(file: string): WebmFacts {
  const bytes = fs.readFileSync(file);
  const elements = new Decoder().decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  let durationMs: number | null = null;
  let scale = 1_000_000;
  let cuePoints = 0;
  let clusters = 0;
  for (const element of elements) {
    if (element.name === 'TimestampScale' && element.type === 'u') scale = element.value;
    if (element.name === 'Duration' && element.type === 'f') durationMs = element.value;
    if (element.name === 'CuePoint' && element.type === 'm' && !element.isEnd) cuePoints++;
    if (element.name === 'Cluster' && element.type === 'm' && !element.isEnd) clusters++;
  }
  return { durationMs: durationMs === null ? null : Math.round((durationMs * scale) / 1e6), cuePoints, clusters };
}
