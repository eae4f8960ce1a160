// Entry point of the voice worker thread: tracks pitch and level away from the thread that serves the window, the
// HTTP API or the CLI. Bundled as its own file for the desktop app (forge.config.ts); run from source elsewhere.
import { serveJobs } from '../worker-threads/warm-worker';
import { runVoiceJob, voiceJobFailure } from './voice-job';

serveJobs(runVoiceJob, voiceJobFailure);
