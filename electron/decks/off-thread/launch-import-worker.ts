import type { ResourceLimits, Worker } from 'node:worker_threads';
import { bundledFile, launchWorker } from '../../worker-threads/launch-worker';

const name = 'import-worker';

/** The worker's file name beside the desktop app's bundled main.cjs. */
export const bundledWorkerFile = bundledFile(name);

/** Starts the import worker (import-worker.ts) from source or from the desktop bundle. */
export function launchImportWorker(resourceLimits: ResourceLimits): Worker {
  return launchWorker({ dir: import.meta.dirname, name }, resourceLimits);
}
