import fs from 'node:fs';
import { Decoder } from 'ts-ebml';

export interface WebmFacts {
  durationMs: number | null;
  cuePoints: number;
  /** Cue points whose position really is the start of a Cluster. */
  cuesOnClusters: number;
  clusters: number;
  unknownSizeElements: number;
}

/**
 * What a player needs to seek, read back with an independent parser (ts-ebml).
 * Its vint reader reports 8-byte sizes of 64 kB or more as "unknown", so
 * `unknownSizeElements` is only meaningful for small test files.
 */
export function webmFacts(file: string): WebmFacts {
  const bytes = fs.readFileSync(file);
  const elements = new Decoder().decode(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length));
  let durationMs: number | null = null;
  let scale = 1_000_000;
  let segmentData = 0;
  const clusterStarts = new Set<number>();
  const cuePositions: number[] = [];
  let unknownSizeElements = 0;
  for (const element of elements) {
    if (element.type === 'm' && !element.isEnd && element.unknownSize) unknownSizeElements++;
    if (element.name === 'Segment' && element.type === 'm' && !element.isEnd) segmentData = element.dataStart;
    if (element.name === 'TimestampScale' && element.type === 'u') scale = element.value;
    if (element.name === 'Duration' && element.type === 'f') durationMs = element.value;
    if (element.name === 'Cluster' && element.type === 'm' && !element.isEnd) clusterStarts.add(element.tagStart);
    if (element.name === 'CueClusterPosition' && element.type === 'u') cuePositions.push(element.value);
  }
  return {
    durationMs: durationMs === null ? null : Math.round((durationMs * scale) / 1e6),
    cuePoints: cuePositions.length,
    cuesOnClusters: cuePositions.filter((position) => clusterStarts.has(segmentData + position)).length,
    clusters: clusterStarts.size,
    unknownSizeElements,
  };
}
