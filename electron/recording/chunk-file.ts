import fs from 'node:fs/promises';
import { AppError } from '@contract/app-error';

/** The part of fs.FileHandle used here (tests substitute a failing disk). */
export type ChunkHandle = Pick<fs.FileHandle, 'write' | 'datasync' | 'truncate' | 'close'>;

export interface AppendResult {
  /** Bytes committed to this file so far (header included). */
  bytes: number;
  duplicate: boolean;
}

/** fsync at most this often: a power cut then loses at most about a second. */
const SYNC_INTERVAL_MS = 1000;

/**
 * One append-only `.part` file fed by numbered chunks. Each chunk is written at
 * the committed length, so a failed write (disk full) leaves the committed part
 * intact and can be retried with the same number. Nothing is buffered here.
 */
export class ChunkFile {
  private nextSeq = 0;
  private lastSync = Date.now();
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly file: string,
    private readonly handle: ChunkHandle,
    private committed: number,
  ) {}

  /** Creates the file, optionally starting with a header (the WAV header placeholder). */
  static async create(file: string, header?: Uint8Array): Promise<ChunkFile> {
    return ChunkFile.fromHandle(file, await fs.open(file, 'wx'), header);
  }

  static async fromHandle(file: string, handle: ChunkHandle, header?: Uint8Array): Promise<ChunkFile> {
    const chunkFile = new ChunkFile(file, handle, 0);
    if (header) {
      await chunkFile.writeAt(header, 0);
      chunkFile.committed = header.length;
    }
    return chunkFile;
  }

  get bytes(): number {
    return this.committed;
  }

  append(seq: number, data: Uint8Array): Promise<AppendResult> {
    const run = this.queue.then(() => this.appendNow(seq, data));
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async appendNow(seq: number, data: Uint8Array): Promise<AppendResult> {
    if (seq < this.nextSeq) return { bytes: this.committed, duplicate: true };
    if (seq > this.nextSeq) {
      throw new AppError('CONFLICT', { reason: 'chunk-missing', number: this.nextSeq });
    }
    await this.writeAt(data, this.committed);
    this.committed += data.length;
    this.nextSeq = seq + 1;
    if (Date.now() - this.lastSync >= SYNC_INTERVAL_MS) {
      this.lastSync = Date.now();
      await this.handle.datasync();
    }
    return { bytes: this.committed, duplicate: false };
  }

  private async writeAt(data: Uint8Array, position: number): Promise<void> {
    let offset = 0;
    while (offset < data.length) {
      const { bytesWritten } = await this.handle.write(data, offset, data.length - offset, position + offset);
      offset += bytesWritten;
    }
  }

  /** Overwrites bytes inside the committed part (the WAV header at stop). */
  async patch(data: Uint8Array, position: number): Promise<void> {
    await this.queue;
    await this.writeAt(data, position);
  }

  /** Drops anything past the committed length (a half-written chunk), syncs and closes. */
  async close(keepBytes = this.committed): Promise<void> {
    await this.queue;
    try {
      await this.handle.truncate(keepBytes);
      await this.handle.datasync();
    } finally {
      await this.handle.close();
    }
  }

  /** Closes without syncing, for discarding. */
  async abandon(): Promise<void> {
    await this.queue;
    await this.handle.close().catch(() => undefined);
  }
}
