import { AppError } from '@contract/app-error';
import type { ScoreReport } from '../scoring/report';
import { WarmWorker } from '../worker-threads/warm-worker';
import type { ScoreRequest } from './score-request';

/**
 * Scores takes on a worker thread: the content score (word vectors, sentence analysis) and the voice measures cost
 * hundreds of milliseconds a take, which on the main thread would freeze the window and every request meanwhile.
 * The worker loads its word vectors once and stays for the next take. A worker that dies fails the takes it was
 * scoring with INTERNAL / scoring-crashed, which the review page offers to retry.
 */
export class OffThreadScorer {
  private readonly worker = new WarmWorker<ScoreRequest, ScoreReport>(
    { dir: import.meta.dirname, name: 'score-worker' },
    { crashed: (cause) => new AppError('INTERNAL', { reason: 'scoring-crashed' }, { cause }) },
  );

  score(request: ScoreRequest): Promise<ScoreReport> {
    return this.worker.run(request);
  }

  /** Starts the worker and loads what every score needs, so the first take is scored as fast as the next. */
  warmUp(): void {
    this.worker.start();
  }

  /** Stops the worker; scores still running fail as stopped (the app is closing or its data is being deleted). */
  stop(): Promise<void> {
    return this.worker.stop(() => new AppError('INTERNAL', { reason: 'scoring-crashed' }));
  }
}

let shared: OffThreadScorer | null = null;

/** The process's one scorer worker: every feedback service (the app has one; tests build many) scores on it. */
export function sharedScorer(): OffThreadScorer {
  shared ??= new OffThreadScorer();
  return shared;
}
