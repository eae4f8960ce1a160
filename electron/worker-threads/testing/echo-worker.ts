// A worker for the tests of WarmWorker: answers a word in capitals, throws on "throw" and dies on "crash", as a
// worker that runs out of memory or hits a native fault would.
import { AppError } from '@contract/app-error';
import { serveJobs } from '../warm-worker';

serveJobs(
  (word: string) => {
    if (word === 'crash') process.exit(3);
    if (word === 'throw') throw new AppError('BAD_FILE', { reason: 'not-text' });
    return word.toUpperCase();
  },
  (error) =>
    error instanceof AppError ? { code: error.code, detail: error.detail } : { code: 'INTERNAL', detail: {} },
);
