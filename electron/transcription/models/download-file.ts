import { createHash, type Hash } from 'node:crypto';
import fs from 'node:fs';
import { Readable, Transform, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { AppError } from '@contract/app-error';
import { ProgressMeter, type DownloadProgress } from './progress-meter';

export interface DownloadRequest {
  readonly url: string;
  readonly partFile: string;
  readonly finalFile: string;
  readonly sha1?: string;
  readonly sha256?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: DownloadProgress) => void;
  /** Network hiccups are retried (resuming with Range) this many times. */
  readonly retries?: number;
  readonly retryDelayMs?: number;
  /** A connection that sends nothing for this long is dropped and resumed. */
  readonly idleTimeoutMs?: number;
  /** Injected by tests to simulate a full disk. */
  readonly createWriteStream?: (file: string, flags: 'a' | 'w') => Writable;
}

class RetryableError extends Error {}

const hashes = () => ({ sha1: createHash('sha1'), sha256: createHash('sha256') });

async function hashExisting(file: string, h: { sha1: Hash; sha256: Hash }): Promise<void> {
  for await (const chunk of fs.createReadStream(file)) {
    h.sha1.update(chunk as Buffer);
    h.sha256.update(chunk as Buffer);
  }
}

const partSize = (file: string) => fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;

/**
 * One attempt: asks for the bytes after what the .part file holds. A server
 * that ignores Range answers 200 with the whole file, so we start over.
 */
async function attempt(request: DownloadRequest, meter: ProgressMeter): Promise<{ sha1: string; sha256: string }> {
  const idle = new AbortController();
  const signal = request.signal ? AbortSignal.any([request.signal, idle.signal]) : idle.signal;
  let offset = partSize(request.partFile);
  const response = await fetch(request.url, { headers: offset > 0 ? { Range: `bytes=${offset}-` } : {}, signal }).catch(
    (error: unknown) => {
      throw request.signal?.aborted ? error : new RetryableError(String(error));
    },
  );
  if (response.status === 404) throw new AppError('NOT_FOUND', { reason: 'model-not-on-server' });
  if (response.status === 416 || response.status >= 500 || response.status === 429) {
    if (response.status === 416) fs.rmSync(request.partFile, { force: true });
    throw new RetryableError(`server answered ${response.status}`);
  }
  if (!response.ok || !response.body)
    throw new AppError('NETWORK', { reason: 'download-server', status: response.status });
  const resumed =
    response.status === 206 && new RegExp(`^bytes ${offset}-`).test(response.headers.get('content-range') ?? '');
  if (!resumed) offset = 0;
  const length = Number(response.headers.get('content-length') ?? NaN);
  meter.start(offset, Number.isFinite(length) ? offset + length : null);

  const h = hashes();
  if (offset > 0) await hashExisting(request.partFile, h);
  let timer = setTimeout(() => idle.abort(), request.idleTimeoutMs ?? 30_000);
  const tap = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      clearTimeout(timer);
      timer = setTimeout(() => idle.abort(), request.idleTimeoutMs ?? 30_000);
      h.sha1.update(chunk);
      h.sha256.update(chunk);
      const progress = meter.add(chunk.length);
      if (progress) request.onProgress?.(progress);
      done(null, chunk);
    },
  });
  const flags = offset > 0 ? 'a' : 'w';
  const out = request.createWriteStream?.(request.partFile, flags) ?? fs.createWriteStream(request.partFile, { flags });
  try {
    await pipeline(Readable.fromWeb(response.body as import('node:stream/web').ReadableStream), tap, out);
  } catch (error) {
    if (request.signal?.aborted || isDiskFull(error)) throw error;
    throw new RetryableError(String(error));
  } finally {
    clearTimeout(timer);
  }
  if (Number.isFinite(length) && partSize(request.partFile) !== offset + length) throw new RetryableError('short body');
  return { sha1: h.sha1.digest('hex'), sha256: h.sha256.digest('hex') };
}

const isDiskFull = (error: unknown) => ['ENOSPC', 'EDQUOT'].includes((error as { code?: string } | null)?.code ?? '');

function asAppError(error: unknown, request: DownloadRequest): AppError {
  if (error instanceof AppError) return error;
  if (request.signal?.aborted) return new AppError('CANCELED', { reason: 'download-stopped' });
  if (isDiskFull(error)) return new AppError('DISK_FULL', { who: 'download' });
  return new AppError('NETWORK', { reason: 'download-failing' }, { cause: error });
}

/**
 * Downloads to a .part file with progress, resumes with HTTP Range after a
 * dropped connection, verifies the checksums, then renames atomically. The
 * .part file stays on pause (an aborted signal) and is removed on any other
 * failure, so a broken file never looks installed.
 */
export async function downloadFile(request: DownloadRequest): Promise<void> {
  const meter = new ProgressMeter();
  const retries = request.retries ?? 5;
  for (let tries = 0; ; tries++) {
    try {
      const digest = await attempt(request, meter);
      if ((request.sha1 && digest.sha1 !== request.sha1) || (request.sha256 && digest.sha256 !== request.sha256)) {
        fs.rmSync(request.partFile, { force: true });
        throw new AppError('BAD_FILE', { reason: 'checksum-mismatch' });
      }
      fs.renameSync(request.partFile, request.finalFile);
      return;
    } catch (error) {
      if (error instanceof RetryableError && tries < retries && !request.signal?.aborted) {
        await sleep((request.retryDelayMs ?? 1000) * (tries + 1), undefined, { signal: request.signal }).catch(
          () => {},
        );
        continue;
      }
      const appError = asAppError(error, request);
      if (appError.code !== 'CANCELED') fs.rmSync(request.partFile, { force: true });
      throw appError;
    }
  }
}
