// Entry point of the import worker thread: parses guides and decks away from
// the thread that serves the window, the HTTP API or the CLI. Bundled as its
// own file for the desktop app (forge.config.ts); run from source elsewhere.
import { parentPort } from 'node:worker_threads';
import { runImportJob, type ImportJob } from './import-job';

if (!parentPort) throw new Error('import-worker runs as a worker thread');
const port = parentPort;
port.on('message', (job: ImportJob) => port.postMessage(runImportJob(job)));
port.postMessage('ready');
