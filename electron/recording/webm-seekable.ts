import fs from 'node:fs/promises';
import { concat, element, fixedUint, float64, uint, UNKNOWN_SIZE, vintSize, vintSize8 } from './ebml-write';
import { ID, scanWebm, type ByteRange, type WebmScan } from './webm-scan';

const COPY_BUFFER = 1024 * 1024;
const idBytes = (id: number) => fixedUint(id, id > 0xffffff ? 4 : id > 0xffff ? 3 : id > 0xff ? 2 : 1);

export interface SeekableResult {
  durationMs: number;
  cues: number;
}

async function readRanges(handle: fs.FileHandle, ranges: readonly ByteRange[]): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (const { start, end } of ranges) {
    const part = Buffer.alloc(end - start);
    await handle.read(part, 0, part.length, start);
    parts.push(part);
  }
  return concat(parts);
}

/**
 * Segment layout written: SeekHead, Info (with Duration), Tracks, the clusters
 * as recorded, then Cues, as ffmpeg and mkvmerge do. Seek positions and the
 * Segment size use fixed 8-byte fields, so the header's length is known before
 * the cue positions are, and nothing needs a second pass.
 */
function buildLayout(scan: WebmScan, ebmlHeader: Uint8Array, infoChildren: Uint8Array, metadata: Uint8Array) {
  const info = element(idBytes(ID.Info), infoChildren, element(idBytes(ID.Duration), float64(scan.duration)));
  const seek = (id: number, position: number) =>
    element([0x4d, 0xbb], element([0x53, 0xab], idBytes(id)), element([0x53, 0xac], fixedUint(position, 8)));
  const seekHeadLength = element(idBytes(ID.SeekHead), seek(ID.Info, 0), seek(ID.Tracks, 0), seek(ID.Cues, 0)).length;
  const mediaLength = scan.completeBytes - scan.firstCluster;
  const mediaStart = seekHeadLength + info.length + metadata.length; // relative to the Segment's data
  const cues = element(
    idBytes(ID.Cues),
    ...scan.cues.map((cue) =>
      element(
        [0xbb],
        element([0xb3], uint(cue.CueTime)),
        element(
          [0xb7],
          element([0xf7], uint(cue.CueTrack)),
          element([0xf1], uint(mediaStart + cue.CueClusterPosition - scan.firstCluster)),
        ),
      ),
    ),
  );
  const tracksOffset = metadata.length > 0 ? seekHeadLength + info.length : 0;
  const seekHead = element(
    idBytes(ID.SeekHead),
    seek(ID.Info, seekHeadLength),
    seek(ID.Tracks, tracksOffset),
    seek(ID.Cues, mediaStart + mediaLength),
  );
  // A sized Segment must hold sized Clusters; if a Cluster's unknown-size marker
  // is not 8 bytes wide it cannot be patched in place, so the Segment stays unsized.
  const patchable = scan.unsizedClusters.every(({ sizeField }) => sizeField.end - sizeField.start === 8);
  const segmentSize = patchable ? vintSize(mediaStart + mediaLength + cues.length) : UNKNOWN_SIZE;
  const head = concat([ebmlHeader, idBytes(ID.Segment), segmentSize, seekHead, info, metadata]);
  const clusterSizes = patchable
    ? scan.unsizedClusters.map(({ sizeField, end }) => ({
        position: head.length + sizeField.start - scan.firstCluster,
        size: vintSize8(end - sizeField.end),
      }))
    : [];
  return { head, cues, clusterSizes };
}

/**
 * Chromium's MediaRecorder writes WebM without Duration or Cues, so players
 * cannot seek it. Writes `target` as a new header, the recorded clusters
 * streamed from `source` up to its last complete element, and Cues. Needs
 * free space for one copy. Null when the source holds no media at all.
 */
export async function writeSeekableWebm(source: string, target: string): Promise<SeekableResult | null> {
  const scan = await scanWebm(source);
  if (!scan) return null;
  const input = await fs.open(source, 'r');
  try {
    const { head, cues, clusterSizes } = buildLayout(
      scan,
      await readRanges(input, [scan.ebmlHeader]),
      await readRanges(input, scan.infoChildren),
      await readRanges(input, scan.otherMetadata),
    );
    const output = await fs.open(target, 'w');
    try {
      let written = await writeAll(output, head, 0);
      const buffer = Buffer.alloc(COPY_BUFFER);
      for (let position = scan.firstCluster; position < scan.completeBytes;) {
        const { bytesRead } = await input.read(
          buffer,
          0,
          Math.min(COPY_BUFFER, scan.completeBytes - position),
          position,
        );
        if (bytesRead === 0) break;
        written = await writeAll(output, buffer.subarray(0, bytesRead), written);
        position += bytesRead;
      }
      await writeAll(output, cues, written);
      for (const { position, size } of clusterSizes) await writeAll(output, size, position);
      await output.datasync();
    } finally {
      await output.close();
    }
  } finally {
    await input.close();
  }
  return { durationMs: scan.durationMs, cues: scan.cues.length };
}

async function writeAll(handle: fs.FileHandle, data: Uint8Array, position: number): Promise<number> {
  for (let offset = 0; offset < data.length;) {
    const { bytesWritten } = await handle.write(data, offset, data.length - offset, position + offset);
    offset += bytesWritten;
  }
  return position + data.length;
}
