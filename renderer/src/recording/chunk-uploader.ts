import { ApiCallError } from '../api/client';

type Send = (seq: number, data: Uint8Array<ArrayBuffer>) => Promise<unknown>;

/** Failures worth another try; anything else (disk full, take gone) ends the upload. */
const RETRYABLE = new Set(['NETWORK', 'TIMEOUT', 'INTERNAL']);
const RETRIES = 3;

/**
 * Sends one stream's chunks to main strictly in order, numbered from 0, one
 * at a time. A chunk that fails is retried with the same number; main ignores
 * repeats, so a retry after a lost reply is harmless.
 */
export class ChunkUploader {
  private seq = 0;
  private tail: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  constructor(
    private readonly send: Send,
    private readonly onFailure: (error: unknown) => void,
    private readonly retryDelayMs = 300,
  ) {}

  push(data: Uint8Array<ArrayBuffer>): void {
    if (this.failure || data.length === 0) return;
    const seq = this.seq++;
    this.tail = this.tail.then(() => this.deliver(seq, data));
  }

  /** Waits for everything pushed so far; rejects with the failure that stopped the stream, if any. */
  async drain(): Promise<void> {
    await this.tail;
    if (this.failure) throw this.failure;
  }

  private async deliver(seq: number, data: Uint8Array<ArrayBuffer>): Promise<void> {
    if (this.failure) return;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.send(seq, data);
        return;
      } catch (error) {
        const code = error instanceof ApiCallError ? error.code : 'NETWORK';
        if (attempt >= RETRIES || !RETRYABLE.has(code)) {
          this.failure = error;
          this.onFailure(error);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, this.retryDelayMs * (attempt + 1)));
      }
    }
  }
}
