import type { ErrorCode, ErrorDetail } from '@contract';
import { insecureKeyMessage } from '@contract/server-address';
import type { Words } from './reason-words';

const missingNames = {
  take: 'That take',
  deck: 'That deck',
  question: 'That question',
  interview: 'That mock interview',
  'interview-question': 'That question of this interview',
  model: 'That model',
  job: 'That transcription job',
  backup: 'A usable automatic backup',
};

const actorNames = {
  transcription: 'Transcription',
  coach: 'The coach',
  judge: 'The judge',
  interviewer: 'The LLM interviewer',
  download: 'The download',
};
const actor = (d: ErrorDetail, otherwise: string) => (d.who ? actorNames[d.who] : otherwise);

/** The sentence for a code when main named no particular situation. */
export const codeWords: Record<ErrorCode, Words> = {
  VALIDATION: () => 'Rehearse could not accept that request. Check what you entered and try again.',
  UNKNOWN_CALL: () => 'Unknown request. Restarting Rehearse usually helps.',
  NOT_FOUND: (d) =>
    d.what === 'backup'
      ? 'There is no usable automatic backup to restore. Start fresh instead.'
      : `${d.what ? missingNames[d.what] : 'That item'} no longer exists.`,
  FORBIDDEN: () => 'Request refused.',
  UNAUTHORIZED: (d) => `${actor(d, 'The server')} refused the API key. Check the key in Settings.`,
  CONFLICT: () => 'That cannot be done right now; reload the page and try again.',
  NOT_MARKDOWN: () => 'That is not a prep guide Rehearse can read. Import a Markdown (.md), CSV or JSON file.',
  BAD_FILE: () => 'That file cannot be read.',
  TOO_LARGE: () => 'That is too large for Rehearse to read. Nothing was saved.',
  MIC_DENIED: () => 'Rehearse is not allowed to use the microphone. Allow it in your system settings.',
  CAMERA_DENIED: () => 'Rehearse is not allowed to use the camera. Allow it in your system settings.',
  DEVICE_BUSY: () => 'The camera or microphone is in use by another app. Close it and try again.',
  NO_DEVICE: () => 'No camera or microphone was found. Connect one and try again.',
  MODEL_MISSING: (d) =>
    d.model
      ? `The Whisper model "${d.model}" is not installed. Download it in Settings.`
      : 'The Whisper model is not installed. Download it in Settings.',
  DISK_FULL: (d) =>
    d.who === 'download'
      ? 'The disk is full: free some space and download the model again.'
      : 'The disk is full. Free some space and try again; nothing saved was lost.',
  DATABASE_DAMAGED: () =>
    'Rehearse found damage in its database. Restart Rehearse: it keeps the damaged file and offers to restore the latest backup.',
  NETWORK: () => 'Could not reach the server. Check your connection and try again.',
  INSECURE_TRANSPORT: (d) => insecureKeyMessage(d.address ?? ''),
  RATE_LIMITED: (d) =>
    `The ${d.who === 'transcription' || !d.who ? 'transcription' : d.who} server is rate-limiting requests (429), even after retries. Try again later.`,
  TIMEOUT: (d) =>
    `${actor(d, 'The server')}${d.who === 'transcription' ? ' server' : ''} did not answer in time. Try again, or raise the timeout in Settings.`,
  CANCELED: (d) => (d.who ? `${actorNames[d.who]} was canceled.` : 'Canceled.'),
  ENGINE_FAILED: (d) => `${actor(d, 'The engine')} failed. Try again.`,
  UNSUPPORTED: () => 'That works only in the desktop app.',
  INTERNAL: () => 'Something went wrong inside Rehearse. Your saved work is safe; try again.',
};
