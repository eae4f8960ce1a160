import type fs from 'node:fs/promises';

export interface ElementHeader {
  id: number;
  /** Offset of the element's ID. */
  start: number;
  dataStart: number;
  /** Null for Chromium's "unknown size" Segment and Clusters. */
  size: number | null;
}

const WINDOW = 1024 * 1024;

/**
 * Random-access reads of EBML element headers from a file through one reused
 * 1 MB window, so a scan can hop over media payloads without reading them into memory.
 */
export class EbmlReader {
  private window = Buffer.alloc(WINDOW);
  private windowStart = 0;
  private windowLength = 0;

  constructor(
    private readonly handle: fs.FileHandle,
    readonly fileSize: number,
  ) {}

  /**
   * `length` bytes at `position` (fewer at the end of the file). Synchronous
   * when they are already in the window: a scan makes ~100k of these calls.
   */
  view(position: number, length: number): Buffer | Promise<Buffer> {
    const inWindow = position >= this.windowStart && position + length <= this.windowStart + this.windowLength;
    const atEnd = this.windowStart + this.windowLength === this.fileSize;
    if (inWindow || (atEnd && position >= this.windowStart)) return this.slice(position, length);
    return this.load(position, length);
  }

  private async load(position: number, length: number): Promise<Buffer> {
    if (length > this.window.length) this.window = Buffer.alloc(length);
    const { bytesRead } = await this.handle.read(this.window, 0, this.window.length, position);
    this.windowStart = position;
    this.windowLength = bytesRead;
    return this.slice(position, length);
  }

  private slice(position: number, length: number): Buffer {
    const from = position - this.windowStart;
    return this.window.subarray(from, Math.min(from + length, this.windowLength));
  }
}

/** The element header at the start of `head` (read at `position`), or null when cut off or not EBML. */
export function parseHeader(head: Buffer, position: number): ElementHeader | null {
  const idLength = vintLength(head[0]);
  if (idLength === 0 || idLength > 4 || head.length < idLength + 1) return null;
  const sizeLength = vintLength(head[idLength]);
  if (sizeLength === 0 || head.length < idLength + sizeLength) return null;
  const id = head.readUIntBE(0, idLength);
  let size = head[idLength]! & (0xff >> sizeLength);
  let allOnes = size === 0xff >> sizeLength;
  for (let i = 1; i < sizeLength; i++) {
    const byte = head[idLength + i]!;
    size = size * 256 + byte;
    allOnes &&= byte === 0xff;
  }
  return { id, start: position, dataStart: position + idLength + sizeLength, size: allOnes ? null : size };
}

export function readUint(data: Buffer): number {
  let value = 0;
  for (const byte of data) value = value * 256 + byte;
  return value;
}

function vintLength(first: number | undefined): number {
  if (first === undefined || first === 0) return 0;
  return Math.clz32(first) - 23;
}
