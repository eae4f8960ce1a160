import type { Worker } from 'node:worker_threads';
import { launchWorker } from '../worker-threads/launch-worker';
import type { VoiceJob, VoiceJobResult } from './voice-job';
import { VoiceAnalysisStopped, type VoiceTrack } from './voice-track';

/**
 * Analyses WAVs on a worker thread, so a 2-minute take's pitch tracking (seconds of arithmetic) never holds up the
 * window, the HTTP API or the CLI. The worker is kept between takes (starting one under tsx costs seconds) and never
 * keeps the process alive while idle; stopping it ends every running analysis with VoiceAnalysisStopped.
 */
export class OffThreadVoice {
  private worker: Promise<Worker> | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, { resolve: (track: VoiceTrack) => void; reject: (e: Error) => void }>();

  analyse(file: string): Promise<VoiceTrack> {
    const job: VoiceJob = { id: this.nextId++, file };
    return new Promise<VoiceTrack>((resolve, reject) => {
      this.pending.set(job.id, { resolve, reject });
      this.ready().then(
        (worker) => {
          worker.ref();
          worker.postMessage(job);
        },
        (error: unknown) => this.settle(job.id, (p) => p.reject(error as Error)),
      );
    });
  }

  /** Stops the worker and every analysis on it; the next analysis starts a new one. */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    for (const id of [...this.pending.keys()]) this.settle(id, (p) => p.reject(new VoiceAnalysisStopped()));
    if (worker) await (await worker.catch(() => null))?.terminate();
  }

  private settle(id: number, how: (p: { resolve: (t: VoiceTrack) => void; reject: (e: Error) => void }) => void) {
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
      const worker = launchWorker({ dir: import.meta.dirname, name: 'voice-worker' });
      worker.once('message', () => {
        worker.on('message', (result: VoiceJobResult) =>
          this.settle(result.id, (p) => (result.ok ? p.resolve(result.track) : p.reject(new Error(result.message)))),
        );
        resolve(worker);
      });
      worker.once('error', reject);
      worker.on('exit', (code) => {
        const error = new Error(`voice worker exited with ${code}`);
        reject(error);
        // A worker stopped by stop() has already given way to the next one, whose analyses are not its to fail.
        if (this.worker !== launched) return;
        this.worker = null;
        for (const id of [...this.pending.keys()]) this.settle(id, (p) => p.reject(error));
      });
    });
    this.worker = launched;
    launched.catch(() => {
      if (this.worker === launched) this.worker = null;
    });
    return launched;
  }
}
