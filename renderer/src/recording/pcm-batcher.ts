import { TARGET_RATE } from './pcm-convert';

/** Gathers worklet output into one-second chunks of little-endian Int16 bytes, the unit sent to main. */
export class PcmBatcher {
  private buffer = new Int16Array(TARGET_RATE);
  private filled = 0;

  constructor(private readonly emit: (bytes: Uint8Array<ArrayBuffer>) => void) {}

  push(pcm: Int16Array): void {
    let offset = 0;
    while (offset < pcm.length) {
      const take = Math.min(pcm.length - offset, this.buffer.length - this.filled);
      this.buffer.set(pcm.subarray(offset, offset + take), this.filled);
      this.filled += take;
      offset += take;
      if (this.filled === this.buffer.length) this.flush();
    }
  }

  flush(): void {
    if (this.filled === 0) return;
    // Int16Array is platform-endian; every platform Rehearse runs on is little-endian, as WAV is.
    this.emit(new Uint8Array(this.buffer.slice(0, this.filled).buffer));
    this.filled = 0;
  }
}
