import fs from 'node:fs/promises';
import { EbmlReader, parseHeader, readUint, type ElementHeader } from './ebml-reader';
import { BlockTiming, type CueInfo } from './webm-timing';

export interface ByteRange {
  start: number;
  end: number;
}

export interface WebmScan {
  /** The EBML header element, copied as is. */
  ebmlHeader: ByteRange;
  /** Info's children except any Duration; a new Info is written around them. */
  infoChildren: ByteRange[];
  /** Other top-level elements before the first Cluster (Tracks, Tags…), copied as is. */
  otherMetadata: ByteRange[];
  timestampScale: number;
  /** Offset of the first Cluster: everything from here to `completeBytes` is media. */
  firstCluster: number;
  /** Where the last complete element ends: a crashed recording is cut here. */
  completeBytes: number;
  /** In timestamp-scale units (milliseconds for Chromium). */
  duration: number;
  durationMs: number;
  /** CueClusterPosition is the cluster's offset in this file. */
  cues: CueInfo[];
  /** Clusters written with the unknown-size marker, and where each really ends. */
  unsizedClusters: { sizeField: ByteRange; end: number }[];
}

export const ID = {
  EBML: 0x1a45dfa3,
  Segment: 0x18538067,
  SeekHead: 0x114d9b74,
  Info: 0x1549a966,
  Tracks: 0x1654ae6b,
  Cluster: 0x1f43b675,
  Cues: 0x1c53bb6b,
  Void: 0xec,
  Duration: 0x4489,
  TimestampScale: 0x2ad7b1,
  TrackEntry: 0xae,
  TrackNumber: 0xd7,
  TrackType: 0x83,
  Timestamp: 0xe7,
  SimpleBlock: 0xa3,
  BlockGroup: 0xa0,
  Block: 0xa1,
};
/** Top-level children of a Segment: one of these also ends an unknown-size Cluster. */
const LEVEL1 = new Set([ID.SeekHead, ID.Info, ID.Tracks, ID.Cluster, ID.Cues, 0x1254c367, 0x1043a770, 0x1941a469]);

const headerAt = async (reader: EbmlReader, position: number) => {
  const head = reader.view(position, 12);
  return parseHeader(head instanceof Buffer ? head : await head, position);
};

async function children(reader: EbmlReader, parent: ElementHeader): Promise<ElementHeader[]> {
  const found: ElementHeader[] = [];
  const end = parent.dataStart + (parent.size ?? 0);
  for (let position = parent.dataStart; position < end;) {
    const child = await headerAt(reader, position);
    if (!child || child.size === null) break;
    found.push(child);
    position = child.dataStart + child.size;
  }
  return found;
}

async function trackTypes(reader: EbmlReader, tracks: ElementHeader): Promise<Map<number, number>> {
  const types = new Map<number, number>();
  for (const entry of await children(reader, tracks)) {
    if (entry.id !== ID.TrackEntry) continue;
    let number = 0;
    let type = 0;
    for (const field of await children(reader, entry)) {
      const value = readUint(await reader.view(field.dataStart, field.size!));
      if (field.id === ID.TrackNumber) number = value;
      if (field.id === ID.TrackType) type = value;
    }
    types.set(number, type);
  }
  return types;
}

/**
 * Walks a MediaRecorder WebM by element headers only, hopping over frame
 * payloads, so a 20-minute file is indexed through a 1 MB window without
 * copies. Tolerates Chromium's unknown-size Segment/Clusters and a torn tail.
 */
export async function scanWebm(file: string): Promise<WebmScan | null> {
  const handle = await fs.open(file, 'r');
  try {
    const reader = new EbmlReader(handle, (await handle.stat()).size);
    const ebml = await headerAt(reader, 0);
    if (!ebml || ebml.id !== ID.EBML || ebml.size === null) return null;
    const segment = await headerAt(reader, ebml.dataStart + ebml.size);
    if (!segment || segment.id !== ID.Segment) return null;
    const segmentEnd =
      segment.size === null ? reader.fileSize : Math.min(reader.fileSize, segment.dataStart + segment.size);

    const infoChildren: ByteRange[] = [];
    const otherMetadata: ByteRange[] = [];
    let timestampScale = 1_000_000;
    let timing: BlockTiming | null = null;
    let firstCluster: number | null = null;
    let cluster: { start: number; timestamp: number } | null = null;
    let complete = 0;
    const unsizedClusters: WebmScan['unsizedClusters'] = [];
    const closeCluster = () => {
      const last = unsizedClusters.at(-1);
      if (last && last.end < 0) last.end = complete;
    };
    for (let position = segment.dataStart; position < segmentEnd;) {
      const element = await headerAt(reader, position);
      if (!element) break;
      if (element.id === ID.Cluster) {
        closeCluster();
        if (element.size === null) {
          // The Cluster ID is 4 bytes; the size field follows it.
          unsizedClusters.push({ sizeField: { start: element.start + 4, end: element.dataStart }, end: -1 });
        }
        firstCluster ??= element.start;
        cluster = { start: element.start, timestamp: 0 };
        position = element.dataStart;
        continue;
      }
      if (element.size === null) break;
      const end = element.dataStart + element.size;
      if (end > reader.fileSize) break;
      if (LEVEL1.has(element.id)) {
        closeCluster();
        cluster = null;
      }
      if (firstCluster === null && element.id === ID.Info) {
        for (const child of await children(reader, element)) {
          if (child.id === ID.TimestampScale)
            timestampScale = readUint(await reader.view(child.dataStart, child.size!));
          if (child.id !== ID.Duration) infoChildren.push({ start: child.start, end: child.dataStart + child.size! });
        }
      } else if (firstCluster === null && element.id === ID.Tracks) {
        timing = new BlockTiming(await trackTypes(reader, element));
        otherMetadata.push({ start: element.start, end });
      } else if (firstCluster === null && ![ID.SeekHead, ID.Void, ID.Cues].includes(element.id)) {
        otherMetadata.push({ start: element.start, end });
      } else if (cluster && element.id === ID.Timestamp) {
        cluster.timestamp = readUint(await reader.view(element.dataStart, element.size));
      } else if (cluster && timing && (element.id === ID.SimpleBlock || element.id === ID.BlockGroup)) {
        const block =
          element.id === ID.SimpleBlock ? element : (await children(reader, element)).find((c) => c.id === ID.Block);
        const head = block && reader.view(block.dataStart, 4);
        const data = head instanceof Buffer ? head : await head;
        // Track numbers below 127 (always, for MediaRecorder) take one byte.
        if (data && data.length === 4) {
          // Only a SimpleBlock says whether it is a keyframe (flag 0x80); a BlockGroup's header does not.
          const keyframe = element.id === ID.SimpleBlock && (data[3]! & 0x80) !== 0;
          timing.add(
            { track: data[0]! & 0x7f, relative: data.readInt16BE(1), keyframe },
            cluster.start,
            cluster.timestamp,
          );
        }
      }
      position = end;
      complete = end;
    }
    closeCluster();
    if (firstCluster === null || !timing || timing.blocks === 0) return null;
    return {
      ebmlHeader: { start: 0, end: ebml.dataStart + ebml.size },
      infoChildren,
      otherMetadata,
      timestampScale,
      firstCluster,
      completeBytes: complete,
      duration: timing.duration,
      durationMs: Math.round((timing.duration * timestampScale) / 1e6),
      cues: timing.cues,
      unsizedClusters,
    };
  } finally {
    await handle.close();
  }
}
