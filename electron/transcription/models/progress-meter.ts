export interface DownloadProgress {
  readonly receivedBytes: number;
  readonly totalBytes: number | null;
  readonly etaSeconds: number | null;
}

/**
 * Byte counts with an ETA from a smoothed speed, reported at most a few
 * times per second so events do not flood the UI.
 */
export class ProgressMeter {
  private received = 0;
  private total: number | null = null;
  private speed = 0;
  private lastAt = 0;
  private lastBytes = 0;
  private lastReport = 0;

  constructor(private readonly intervalMs = 250) {}

  start(offset: number, total: number | null): void {
    this.received = offset;
    this.total = total;
    this.lastAt = performance.now();
    this.lastBytes = offset;
  }

  add(bytes: number): DownloadProgress | null {
    this.received += bytes;
    const now = performance.now();
    const done = this.total !== null && this.received >= this.total;
    if (now - this.lastReport < this.intervalMs && !done) return null;
    const elapsed = (now - this.lastAt) / 1000;
    if (elapsed > 0) {
      const current = (this.received - this.lastBytes) / elapsed;
      this.speed = this.speed ? 0.7 * this.speed + 0.3 * current : current;
    }
    this.lastAt = now;
    this.lastBytes = this.received;
    this.lastReport = now;
    return this.snapshot();
  }

  snapshot(): DownloadProgress {
    const left = this.total === null ? null : Math.max(0, this.total - this.received);
    const etaSeconds = left === null || this.speed <= 0 ? null : Math.round(left / this.speed);
    return { receivedBytes: this.received, totalBytes: this.total, etaSeconds };
  }
}
