import { afterEach, describe, expect, it, vi } from 'vitest';
import { ProgressMeter } from './progress-meter';

afterEach(() => vi.useRealTimers());

describe('ProgressMeter', () => {
  it('estimates the time left from the recent speed', () => {
    vi.useFakeTimers();
    const meter = new ProgressMeter(0);
    meter.start(0, 3_000_000);
    let last = null;
    for (let second = 0; second < 4; second++) {
      vi.advanceTimersByTime(1000);
      last = meter.add(50_000); // 50 kB/s
    }
    // 2.8 MB left at 50 kB/s.
    expect(last).toEqual({ receivedBytes: 200_000, totalBytes: 3_000_000, etaSeconds: 56 });
  });

  it('gives no ETA from an opening burst or without a known size', () => {
    vi.useFakeTimers();
    const meter = new ProgressMeter(0);
    meter.start(0, 1_000_000);
    expect(meter.add(400_000)?.etaSeconds).toBeNull();
    meter.start(0, null);
    vi.advanceTimersByTime(2000);
    expect(meter.add(1000)).toMatchObject({ totalBytes: null, etaSeconds: null });
  });

  it('reports at most once per interval, but always the last byte', () => {
    vi.useFakeTimers();
    const meter = new ProgressMeter(250);
    meter.start(0, 300);
    vi.advanceTimersByTime(300);
    expect(meter.add(100)).not.toBeNull();
    expect(meter.add(100)).toBeNull();
    expect(meter.add(100)).toMatchObject({ receivedBytes: 300 });
  });
});
