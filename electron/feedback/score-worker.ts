// Entry point of the scorer's worker thread: scores takes away from the thread that serves the window, the HTTP API
// or the CLI, with the word vectors and language model loaded once for every take. Bundled as its own file for the
// desktop app (forge.config.ts); run from source elsewhere.
import { serveJobs } from '../worker-threads/warm-worker';
import { runScoreRequest, scoreFailure } from './score-request';
import { warmUpScorer } from './warm-up';

serveJobs(runScoreRequest, scoreFailure, warmUpScorer);
