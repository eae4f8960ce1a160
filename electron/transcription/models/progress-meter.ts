export interface DownloadProgress {
  readonly receivedBytes: number;
  readonly totalBytes: number | null;
  readonly etaSeconds: number | null;
}

/** Speed is measured over this much recent time: long enough to smooth bursts, short enough to follow a change. */
const WINDOW_MS = 5000;
/** No ETA before this much data-time: the first chunks arrive in a burst and would promise a wildly early finish. */
const MIN_SPAN_MS = 500;

/**
 * Byte counts with an ETA from the recent download speed, reported at most a
 * few times per second so events do not flood the UI.
 */
export class ProgressMeter {
  private received = 0;
  private total: number | null = null;
  private samples: Array<{ at: number; bytes: number }> = [];
  private lastReport = 0;

  constructor(private readonly intervalMs = 250) {}

  start(offset: number, total: number | null): void {
    this.received = offset;
    this.total = total;
    this.samples = [{ at: performance.now(), bytes: offset }];
  }

  add(bytes: number): DownloadProgress | null {
    this.received += bytes;
    const now = performance.now();
    this.samples.push({ at: now, bytes: this.received });
    while (this.samples.length > 2 && now - this.samples[1]!.at > WINDOW_MS) this.samples.shift();
    const done = this.total !== null && this.received >= this.total;
    if (now - this.lastReport < this.intervalMs && !done) return null;
    this.lastReport = now;
    return this.snapshot();
  }

  snapshot(): DownloadProgress {
    const first = this.samples[0];
    const last = this.samples.at(-1);
    const span = first && last ? last.at - first.at : 0;
    const speed = span >= MIN_SPAN_MS ? ((last!.bytes - first!.bytes) / span) * 1000 : 0;
    const left = this.total === null ? null : Math.max(0, this.total - this.received);
    const etaSeconds = left === null || speed <= 0 ? null : Math.round(left / speed);
    return { receivedBytes: this.received, totalBytes: this.total, etaSeconds };
  }
}
