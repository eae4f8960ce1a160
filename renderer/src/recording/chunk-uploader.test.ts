import { describe, expect, it, vi } from 'vitest';
import { ApiCallError } from '../api/client';
import { ChunkUploader } from './chunk-uploader';

const bytes = (n: number) => new Uint8Array([n]);

describe('ChunkUploader', () => {
  it('sends chunks one at a time, in order, numbered from 0', async () => {
    const sent: [number, number][] = [];
    let inFlight = 0;
    const uploader = new ChunkUploader(async (seq, data) => {
      expect(++inFlight).toBe(1);
      await new Promise((resolve) => setTimeout(resolve, 1));
      sent.push([seq, data[0]!]);
      inFlight--;
    }, vi.fn());
    [7, 8, 9].forEach((n) => uploader.push(bytes(n)));
    await uploader.drain();
    expect(sent).toEqual([
      [0, 7],
      [1, 8],
      [2, 9],
    ]);
  });

  it('retries a transient failure with the same number', async () => {
    const send = vi.fn().mockRejectedValueOnce(new ApiCallError('NETWORK')).mockResolvedValue(undefined);
    const uploader = new ChunkUploader(send, vi.fn(), 0);
    uploader.push(bytes(1));
    await uploader.drain();
    expect(send.mock.calls.map(([seq]) => seq as number)).toEqual([0, 0]);
  });

  it('stops at a disk-full error, reports it once and drops later chunks', async () => {
    const full = new ApiCallError('DISK_FULL');
    const send = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValue(full);
    const onFailure = vi.fn();
    const uploader = new ChunkUploader(send, onFailure, 0);
    [1, 2, 3].forEach((n) => uploader.push(bytes(n)));
    await expect(uploader.drain()).rejects.toBe(full);
    expect(onFailure).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledTimes(2);
  });
});
