// Entry point of the voice worker thread: tracks pitch and level away from the thread that serves the window, the
// HTTP API or the CLI. Bundled as its own file for the desktop app (forge.config.ts); run from source elsewhere.
import { parentPort } from 'node:worker_threads';
import { runVoiceJob, type VoiceJob } from './voice-job';

if (!parentPort) throw new Error('voice-worker runs as a worker thread');
const port = parentPort;
port.on('message', (job: VoiceJob) => void runVoiceJob(job).then((result) => port.postMessage(result)));
port.postMessage('ready');
