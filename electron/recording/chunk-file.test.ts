import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { toApiError } from '../errors/to-api-error';
import { ChunkFile, type ChunkHandle } from './chunk-file';

const dirs: string[] = [];
const tempFile = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-chunk-'));
  dirs.push(dir);
  return path.join(dir, 'take.part');
};
afterEach(() => dirs.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A real file on a "disk" that fills up after `capacity` bytes, as ENOSPC does: a short write, then an error. */
async function diskWithRoom(file: string, capacity: number): Promise<ChunkHandle> {
  const real = await fsp.open(file, 'w');
  const write = async (data: Uint8Array, offset: number, length: number, position: number) => {
    const room = capacity - position;
    if (room <= 0) throw Object.assign(new Error('no space'), { code: 'ENOSPC' });
    return real.write(data, offset, Math.min(length, room), position);
  };
  return {
    write: write as ChunkHandle['write'],
    datasync: () => real.datasync(),
    truncate: (n) => real.truncate(n),
    close: () => real.close(),
  };
}

describe('ChunkFile', () => {
  it('appends numbered chunks in order, ignores repeats and refuses gaps', async () => {
    const file = tempFile();
    const chunks = await ChunkFile.create(file, Uint8Array.of(9, 9));
    expect(await chunks.append(0, Uint8Array.of(1, 2))).toEqual({ bytes: 4, duplicate: false });
    expect(await chunks.append(0, Uint8Array.of(1, 2))).toEqual({ bytes: 4, duplicate: true });
    await expect(chunks.append(2, Uint8Array.of(5))).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await chunks.append(1, Uint8Array.of(3))).toEqual({ bytes: 5, duplicate: false });
    await chunks.close();
    expect([...fs.readFileSync(file)]).toEqual([9, 9, 1, 2, 3]);
  });

  it('keeps appends in arrival order when calls overlap', async () => {
    const file = tempFile();
    const chunks = await ChunkFile.create(file);
    await Promise.all([0, 1, 2, 3].map((seq) => chunks.append(seq, Uint8Array.of(seq, seq))));
    await chunks.close();
    expect([...fs.readFileSync(file)]).toEqual([0, 0, 1, 1, 2, 2, 3, 3]);
  });

  it('reports a full disk as DISK_FULL, keeps what was saved, and accepts the same chunk again', async () => {
    const file = tempFile();
    const chunks = await ChunkFile.fromHandle(file, await diskWithRoom(file, 5));
    await chunks.append(0, Uint8Array.of(1, 1, 1));
    const error: unknown = await chunks.append(1, Uint8Array.of(2, 2, 2)).catch((e: unknown) => e);
    expect(toApiError(error).code).toBe('DISK_FULL');
    expect(chunks.bytes).toBe(3);
    await expect(chunks.append(1, Uint8Array.of(2, 2, 2))).rejects.toMatchObject({ code: 'ENOSPC' });
    await chunks.close();
    // The half-written chunk is cut off; the saved one is intact.
    expect([...fs.readFileSync(file)]).toEqual([1, 1, 1]);
  });
});
