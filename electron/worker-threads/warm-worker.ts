import { parentPort, type Transferable, type Worker } from 'node:worker_threads';
import type { ApiError } from '@contract';
import { AppError } from '@contract/app-error';
import { launchWorker, type WorkerEntry } from './launch-worker';

/** A job's answer as it crosses the thread boundary (an Error's class and code do not survive postMessage). */
export type WorkerReply<R> =
  | { readonly id: number; readonly ok: true; readonly value: R }
  | { readonly id: number; readonly ok: false; readonly error: ApiError };

interface Pending<R> {
  resolve: (value: R) => void;
  reject: (error: Error) => void;
}

export interface WarmWorkerOptions {
  /** What every job still waiting gets when the worker dies under it (crashed, ran out of memory, exited). */
  readonly crashed: (cause: unknown) => Error;
}

/**
 * A worker thread kept between jobs, so what it loads once (word vectors, a language model, compiled code under tsx)
 * is paid once. Jobs run one after another in the worker; it never keeps the process alive while idle. A worker that
 * dies fails only the jobs it was running, with `crashed`, and the next job starts a new one.
 */
export class WarmWorker<J, R> {
  private worker: Promise<Worker> | null = null;
  /** The worker being launched or running, to hold the process open at once when a job arrives during warm-up. */
  private current: Worker | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending<R>>();

  constructor(
    private readonly entry: WorkerEntry,
    private readonly options: WarmWorkerOptions,
  ) {}

  /** Runs one job on the worker; `transfer` hands buffers over instead of copying them. */
  run(job: J, transfer: readonly Transferable[] = []): Promise<R> {
    const id = this.nextId++;
    return new Promise<R>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.current?.ref();
      this.ready().then(
        (worker) => {
          if (!this.pending.has(id)) return;
          worker.ref();
          worker.postMessage({ id, job }, [...transfer]);
        },
        (error: unknown) => this.settle(id, (p) => p.reject(this.options.crashed(error))),
      );
    });
  }

  /** Starts the worker (and its warm-up) ahead of the first job. */
  start(): void {
    this.ready().catch(() => undefined);
  }

  /** Stops the worker; every job on it fails with `stopped`. The next job starts a new worker. */
  async stop(stopped: () => Error): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.current = null;
    for (const id of [...this.pending.keys()]) this.settle(id, (p) => p.reject(stopped()));
    if (worker) await (await worker.catch(() => null))?.terminate();
  }

  private settle(id: number, how: (p: Pending<R>) => void) {
    const pending = this.pending.get(id);
    if (!pending) return;
    this.pending.delete(id);
    how(pending);
    if (this.pending.size === 0)
      void this.worker?.then(
        (w) => w.unref(),
        () => undefined,
      );
  }

  private ready(): Promise<Worker> {
    if (this.worker) return this.worker;
    const launched: Promise<Worker> = new Promise<Worker>((resolve, reject) => {
      const worker = launchWorker(this.entry);
      this.current = worker;
      // Warming up ahead of any job must not keep the process alive (a CLI command that never scores).
      if (this.pending.size === 0) worker.unref();
      worker.once('message', () => {
        worker.on('message', (reply: WorkerReply<R>) =>
          this.settle(reply.id, (p) =>
            reply.ok ? p.resolve(reply.value) : p.reject(new AppError(reply.error.code, reply.error.detail)),
          ),
        );
        // Warmed up with nothing to do: an idle worker must not keep the process alive.
        if (this.pending.size === 0) worker.unref();
        resolve(worker);
      });
      let failure: unknown = null;
      worker.on('error', (error) => {
        failure = error;
        reject(error);
      });
      worker.on('exit', (code) => {
        const cause = failure ?? new Error(`worker exited with ${code}`);
        reject(cause);
        // A worker stopped by stop() has already given way to the next one, whose jobs are not its to fail.
        if (this.worker !== launched) return;
        this.worker = null;
        this.current = null;
        for (const id of [...this.pending.keys()]) this.settle(id, (p) => p.reject(this.options.crashed(cause)));
      });
    });
    this.worker = launched;
    launched.catch(() => {
      if (this.worker === launched) this.worker = null;
    });
    return launched;
  }
}

/**
 * The worker's side: answers each job the parent posts with `handle`, one at a time in arrival order, and says it is
 * ready once `warmUp` (loading what every job needs) is done. `failure` turns a thrown error into its coded answer.
 */
export function serveJobs<J, R>(
  handle: (job: J) => R | Promise<R>,
  failure: (error: unknown) => ApiError,
  warmUp: () => unknown = () => undefined,
): void {
  const port = parentPort;
  if (!port) throw new Error('a worker entry runs as a worker thread');
  let queue = Promise.resolve();
  port.on('message', ({ id, job }: { id: number; job: J }) => {
    queue = queue.then(async () => {
      let reply: WorkerReply<R>;
      try {
        reply = { id, ok: true, value: await handle(job) };
      } catch (error) {
        reply = { id, ok: false, error: failure(error) };
      }
      port.postMessage(reply);
    });
  });
  // A warm-up that fails (the word vectors missing from the install) fails again in the first job, with its code.
  void Promise.resolve()
    .then(warmUp)
    .catch(() => undefined)
    .finally(() => port.postMessage('ready'));
}
