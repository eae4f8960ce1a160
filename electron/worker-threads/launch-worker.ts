import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** A worker entry: `<name>.ts` in `dir` from source, `<name>.cjs` beside main.cjs in the desktop bundle. */
export interface WorkerEntry {
  /** The caller's `import.meta.dirname`: in the desktop bundle that is the folder of main.cjs (vite.main.config.ts). */
  readonly dir: string;
  readonly name: string;
}

/** The worker's file name beside the desktop app's bundled main.cjs (Forge names a bundle after its entry). */
export const bundledFile = (name: string) => `${name}.cjs`;

/**
 * Node 20 ignores `--import tsx` in a worker's execArgv (and tsx's own loader
 * registers on the main thread only), so from TypeScript source the worker
 * registers tsx through its API, then loads its entry.
 */
const sourceBootstrap = `
const { workerData } = require('node:worker_threads');
import(workerData.loader)
  .then((tsx) => { tsx.register(); return import(workerData.entry); })
  .catch((error) => { setImmediate(() => { throw error; }); });
`;

/** tsx's ESM API; its package exports give require() only a CommonJS build that cannot register ESM hooks. */
function tsxEsmApi(from: string): string {
  const tsxDir = path.dirname(createRequire(path.join(from, 'x.js')).resolve('tsx/package.json'));
  return pathToFileURL(path.join(tsxDir, 'dist/esm/api/index.mjs')).href;
}

/**
 * Starts a worker thread wherever the app runs: the desktop app loads the
 * bundled worker next to main.cjs; browser mode, the CLI and tests run under
 * tsx and load the TypeScript entry.
 */
export function launchWorker(entry: WorkerEntry, resourceLimits: ResourceLimits = {}): Worker {
  const bundled = path.join(entry.dir, bundledFile(entry.name));
  if (fs.existsSync(bundled)) return new Worker(bundled, { resourceLimits });
  return new Worker(sourceBootstrap, {
    eval: true,
    resourceLimits,
    workerData: {
      loader: tsxEsmApi(entry.dir),
      entry: pathToFileURL(path.join(entry.dir, `${entry.name}.ts`)).href,
    },
  });
}
