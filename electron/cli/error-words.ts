import type { ErrorCode, ErrorDetail, ErrorReason } from '@contract';

type Words = (detail: ErrorDetail) => string;

/** One line per code for a terminal: what failed, and what to do where there is something to do. */
export const cliCodeWords: Record<ErrorCode, Words> = {
  VALIDATION: () => 'invalid input',
  UNKNOWN_CALL: () => 'unknown request',
  NOT_FOUND: (d) => `${d.what ?? 'item'} not found`,
  FORBIDDEN: () => 'not allowed to write to the data folder',
  UNAUTHORIZED: (d) => `${d.who ?? 'server'} refused the API key`,
  CONFLICT: () => 'not possible in the current state',
  NOT_MARKDOWN: () => 'not a prep guide (Markdown, CSV or JSON)',
  BAD_FILE: () => 'the file cannot be read',
  TOO_LARGE: () => 'too large to read',
  MIC_DENIED: () => 'microphone access denied',
  CAMERA_DENIED: () => 'camera access denied',
  DEVICE_BUSY: () => 'camera or microphone in use',
  NO_DEVICE: () => 'no camera or microphone',
  MODEL_MISSING: (d) =>
    `Whisper model ${d.model ? `"${d.model}" ` : ''}not installed; download it in the app's Settings or use --model-file`,
  DISK_FULL: () => 'the disk is full; free some space and try again',
  DATABASE_DAMAGED: () => 'the database is damaged; start the app to restore the latest backup',
  NETWORK: () => 'could not reach the server; check its URL and your connection',
  INSECURE_TRANSPORT: (d) => `refusing to send an API key over plain http to ${d.address ?? 'another computer'}`,
  RATE_LIMITED: () => 'the server is rate-limiting requests; try later',
  TIMEOUT: () => 'timed out',
  CANCELED: () => 'canceled',
  ENGINE_FAILED: (d) => `${d.who ?? 'the engine'} failed`,
  UNSUPPORTED: () => 'works only in the desktop app',
  INTERNAL: () => 'internal error; nothing saved was lost',
};

const mb = (bytes = 0) => `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;

/** The situations the CLI's commands (import, transcribe, score) can meet, worded for a terminal. */
export const cliReasonWords: Partial<Record<ErrorReason, Words>> = {
  'file-too-large': (d) =>
    `file too large (${d.bytes !== undefined ? `${mb(d.bytes)}, ` : ''}limit ${mb(d.limitBytes)})`,
  'not-text': () => 'not a text file',
  'no-questions-found': () =>
    'No questions found. Rehearse looks for "**Q:** … **A:** …" pairs, question headings, numbered questions and timed pitches',
  'import-too-slow': (d) => `reading the file took longer than ${d.seconds ?? 0} seconds; nothing was saved`,
  'import-out-of-memory': () => 'the file needs more memory than allowed; nothing was saved',
  'import-crashed': () => 'the file could not be read; nothing was saved',
  'json-unreadable': (d) => `the JSON cannot be read: ${d.said ?? ''}`,
  'json-no-questions': () => 'the JSON has no "questions" list',
  'deck-from-newer-version': () => 'exported by a newer Rehearse; update to import it',
  'csv-no-question-column': (d) => `the CSV has no question column (expected e.g. ${(d.columns ?? []).join(',')})`,
  'nested-too-deeply': () => 'the file is nested too deeply',
  'whisper-not-installed': () =>
    'whisper-cli is not built; run "npm run build:whisper" (needs cmake and a C++ compiler)',
  'whisper-failed': (d) => `whisper-cli failed: ${d.said ?? ''}`,
  'model-file-missing': () => 'the model file is missing',
  'not-ggml': (d) => `not a complete whisper.cpp model file: ${d.said ?? ''}`,
  'api-key-missing': () => "no API key; add it in the app's Settings",
  'import-canceled': () => 'import canceled; nothing was saved',
  'word-vectors-missing': () => 'the word-vector table that scoring needs is missing from this install',
  'scoring-crashed': () => 'scoring stopped before it finished; the take is kept, score it again',
  'key-rejected': (d) => `the ${d.who ?? ''} server rejected the API key`,
  'server-unreachable': (d) => `could not reach the ${d.who ?? ''} server`,
  'server-error': (d) => `the ${d.who ?? ''} server answered ${d.status ?? 'with an error'}: ${d.said ?? ''}`,
};

/** `CODE: words`, the line the CLI prints on stderr for a failure main named. */
export function cliErrorLine(code: ErrorCode, detail: ErrorDetail): string {
  const reasonWords = detail.reason && cliReasonWords[detail.reason];
  const words = reasonWords
    ? reasonWords(detail)
    : `${cliCodeWords[code](detail)}${detail.reason ? ` (${detail.reason})` : ''}`;
  return `${code}: ${words}`;
}
