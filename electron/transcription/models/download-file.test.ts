import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFileServer } from '../testing/file-server';
import { downloadFile, type DownloadRequest } from './download-file';

const payload = randomBytes(3 * 1024 * 1024 + 17);
const sha1 = createHash('sha1').update(payload).digest('hex');
const sha256 = createHash('sha256').update(payload).digest('hex');

let server: Awaited<ReturnType<typeof startFileServer>>;
let dir: string;
let n = 0;
let target: string;

beforeAll(async () => {
  server = await startFileServer({
    '/model.bin': { body: payload },
    '/dropping.bin': { body: payload, behaviour: 'drop-once' },
    '/no-range.bin': { body: payload, behaviour: 'ignore-range' },
    '/slow.bin': { body: payload, behaviour: 'slow' },
  });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-download-'));
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  target = path.join(dir, `model-${++n}.bin`);
  server.requests.length = 0;
});

const request = (file: string, extra: Partial<DownloadRequest> = {}): DownloadRequest => ({
  url: `${server.url}${file}`,
  partFile: `${target}.part`,
  finalFile: target,
  sha1,
  sha256,
  retryDelayMs: 10,
  ...extra,
});

describe('downloadFile', () => {
  it('downloads, verifies and renames, reporting progress with an ETA', async () => {
    const progress: number[] = [];
    await downloadFile(request('/model.bin', { onProgress: (p) => progress.push(p.receivedBytes) }));
    expect(fs.readFileSync(target).equals(payload)).toBe(true);
    expect(fs.existsSync(`${target}.part`)).toBe(false);
    expect(progress.at(-1)).toBe(payload.length);
  });

  it('resumes with a Range request after the connection drops', async () => {
    await downloadFile(request('/dropping.bin'));
    expect(fs.readFileSync(target).equals(payload)).toBe(true);
    expect(server.requests.length).toBe(2);
    expect(server.requests[0]!.range).toBeNull();
    expect(server.requests[1]!.range).toMatch(/^bytes=[1-9]\d*-$/);
  });

  it('starts over when the server answers 200 instead of 206', async () => {
    fs.writeFileSync(`${target}.part`, Buffer.alloc(1000, 7)); // not a prefix of the payload
    await downloadFile(request('/no-range.bin'));
    expect(server.requests[0]!.range).toBe('bytes=1000-');
    expect(fs.readFileSync(target).equals(payload)).toBe(true);
  });

  it('discards a file whose checksum does not match', async () => {
    const error = await downloadFile(request('/model.bin', { sha256: 'f'.repeat(64) })).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'BAD_FILE' });
    expect(fs.existsSync(target)).toBe(false);
    expect(fs.existsSync(`${target}.part`)).toBe(false);
  });

  it('reports a missing file as NOT_FOUND and leaves nothing behind', async () => {
    await expect(downloadFile(request('/missing.bin'))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(fs.existsSync(`${target}.part`)).toBe(false);
  });

  it('stops a slow download at once when aborted, keeping the .part for a resume', async () => {
    const controller = new AbortController();
    const seen: Array<{ totalBytes: number | null; etaSeconds: number | null }> = [];
    const run = downloadFile(request('/slow.bin', { signal: controller.signal, onProgress: (p) => seen.push(p) }));
    await new Promise((r) => setTimeout(r, 700));
    controller.abort();
    // The slow server needs about a minute to send the file, longer than the test may run: CANCELED means the abort stopped it.
    await expect(run).rejects.toMatchObject({ code: 'CANCELED' });
    expect(fs.existsSync(target)).toBe(false);
    const kept = fs.statSync(`${target}.part`).size;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(payload.length);
    // The ETA's exact value depends on how the busy test machine schedules the
    // server's timers (progress-meter tests pin the arithmetic); here it must exist.
    expect(seen.at(-1)).toMatchObject({ totalBytes: payload.length });
    expect(seen.at(-1)!.etaSeconds).toBeGreaterThan(0);
  });

  it('maps a full disk to DISK_FULL and removes the partial file', async () => {
    const full = (file: string) => {
      let written = 0;
      const real = fs.createWriteStream(file);
      return new Writable({
        write(chunk: Buffer, _enc, done) {
          written += chunk.length;
          if (written > 1024 * 1024)
            return done(Object.assign(new Error('no space left on device'), { code: 'ENOSPC' }));
          real.write(chunk, done);
        },
        final(done) {
          real.end(done);
        },
      });
    };
    await expect(downloadFile(request('/model.bin', { createWriteStream: full }))).rejects.toMatchObject({
      code: 'DISK_FULL',
    });
    expect(fs.existsSync(`${target}.part`)).toBe(false);
    expect(fs.existsSync(target)).toBe(false);
  });
});
