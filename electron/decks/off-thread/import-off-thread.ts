import type { Worker } from 'node:worker_threads';
import { AppError } from '@contract/app-error';
import type { DeckFileImport } from '../formats/import-deck-file';
import type { TargetOptions } from '../targets';
import type { ImportJob, ImportJobResult } from './import-job';
import { launchImportWorker } from './launch-import-worker';

export interface ImportLimits {
  /** Largest file read, in UTF-8 bytes. Real guides are 5-50 kB; a 1,000-question deck export is about 0.5 MB. */
  readonly maxBytes: number;
  /** How long one parse may run before the worker is stopped. A 1 MB guide parses in a few seconds. */
  readonly timeLimitMs: number;
  /** Heap for the worker: a pathological 1.9 MB guide once took 3.3 GB. */
  readonly maxHeapMb: number;
  /**
   * Room for short-lived objects. A parse allocates many and keeps them until the tree is
   * built; with V8's default a 20 KB guide met several young collections, each copying
   * what the parse still held, and they took about a third of the import.
   */
  readonly youngHeapMb: number;
}

export const importLimits: ImportLimits = {
  maxBytes: 1_000_000,
  timeLimitMs: 15_000,
  maxHeapMb: 1024,
  youngHeapMb: 96,
};

/** The refusal for a file over the size limit; the CLI gives it before even reading the file. */
export const tooLarge = (bytes: number, limits: ImportLimits = importLimits) =>
  new AppError('TOO_LARGE', { reason: 'file-too-large', bytes, limitBytes: limits.maxBytes });

const tooSlow = (limits: ImportLimits) =>
  new AppError('TIMEOUT', { reason: 'import-too-slow', seconds: limits.timeLimitMs / 1000 });

const canceled = () => new AppError('CANCELED', { reason: 'import-canceled' });

const crashed = (error: unknown) =>
  (error as { code?: string } | null)?.code === 'ERR_WORKER_OUT_OF_MEMORY'
    ? new AppError('TOO_LARGE', { reason: 'import-out-of-memory' })
    : new AppError('INTERNAL', { reason: 'import-crashed' }, { cause: error });

/**
 * Parses imports (Markdown, CSV, JSON) on a worker thread, one at a time, so a
 * hostile or huge file can cost a stopped worker and a clear error, never a
 * frozen window, API or CLI. The worker is kept between imports (starting one
 * under tsx costs seconds) and never keeps the process alive while idle.
 */
export class OffThreadImporter {
  private worker: Promise<Worker> | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;
  /** How to stop each import that was given an id, waiting or running. */
  private readonly stoppers = new Map<string, () => void>();

  constructor(private readonly limits: ImportLimits = importLimits) {}

  /** Parses on the worker. An `importId` lets `cancel` stop this import later. */
  import(
    text: string,
    fileName: string | undefined,
    options: Partial<TargetOptions> = {},
    importId?: string,
  ): Promise<DeckFileImport> {
    const bytes = Buffer.byteLength(text);
    if (bytes > this.limits.maxBytes) return Promise.reject(tooLarge(bytes, this.limits));
    const job: ImportJob = { id: this.nextId++, text, fileName, options };
    let stopped = false;
    let stopRunning: (() => void) | null = null;
    const run = this.queue.then(() =>
      stopped
        ? Promise.reject(canceled())
        : this.run(
            job,
            (stop) => (stopRunning = stop),
            () => stopped,
          ),
    );
    this.queue = run.catch(() => undefined);
    if (importId) {
      this.stoppers.set(importId, () => {
        stopped = true;
        stopRunning?.();
      });
      const forget = () => this.stoppers.delete(importId);
      run.then(forget, forget);
    }
    return run;
  }

  /**
   * Stops the import started with this id: a waiting one never runs, a running one
   * has its worker stopped (the next import starts a new one). False when none is left.
   */
  cancel(importId: string): boolean {
    const stop = this.stoppers.get(importId);
    stop?.();
    return !!stop;
  }

  /** Starts the worker ahead of the first import (under tsx that takes seconds), without keeping the process alive. */
  warmUp(): void {
    this.ready().then(
      (worker) => worker.unref(),
      () => undefined, // the first import reports it
    );
  }

  /** Stops the worker; the next import starts a new one. */
  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (worker) await (await worker.catch(() => null))?.terminate();
  }

  private async run(
    job: ImportJob,
    onStop: (stop: () => void) => void,
    stoppedWhileStarting: () => boolean,
  ): Promise<DeckFileImport> {
    const worker = await this.ready();
    // A Cancel that came while the worker was still starting had nothing to stop yet: honour it now.
    if (stoppedWhileStarting()) throw canceled();
    worker.ref();
    try {
      return await new Promise<DeckFileImport>((resolve, reject) => {
        const fail = (error: AppError) => {
          done();
          void this.close();
          reject(error);
        };
        const timer = setTimeout(() => fail(tooSlow(this.limits)), this.limits.timeLimitMs);
        onStop(() => fail(canceled()));
        const onMessage = (result: ImportJobResult) => {
          if (result.id !== job.id) return;
          done();
          if (result.ok) resolve(result.value);
          else reject(new AppError(result.error.code, result.error.detail));
        };
        const onError = (error: unknown) => fail(crashed(error));
        const onExit = () => fail(crashed(null));
        const done = () => {
          clearTimeout(timer);
          worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        };
        worker.on('message', onMessage).on('error', onError).on('exit', onExit);
        worker.postMessage(job);
      });
    } finally {
      worker.unref();
    }
  }

  private ready(): Promise<Worker> {
    this.worker ??= new Promise<Worker>((resolve, reject) => {
      const worker = launchImportWorker({
        maxOldGenerationSizeMb: this.limits.maxHeapMb,
        maxYoungGenerationSizeMb: this.limits.youngHeapMb,
      });
      worker.once('message', () => resolve(worker));
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`import worker exited with ${code}`)));
    }).catch((error: unknown) => {
      this.worker = null;
      throw crashed(error);
    });
    return this.worker;
  }
}

let shared: OffThreadImporter | null = null;

/** The process's importer: the app, browser mode and the CLI all parse through it. */
export function offThreadImporter(): OffThreadImporter {
  shared ??= new OffThreadImporter();
  return shared;
}
