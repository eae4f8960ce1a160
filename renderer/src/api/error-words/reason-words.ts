import type { ErrorDetail, ErrorReason } from '@contract';
import { insecureKeyMessage } from '@contract/server-address';

export type Words = (detail: ErrorDetail) => string;

const actorNames = {
  transcription: 'transcription',
  coach: 'coach',
  judge: 'judge',
  interviewer: 'LLM interviewer',
  download: 'download',
};
/** "the coach", "the transcription server": who the user should look at in Settings. */
const who = (d: ErrorDetail) => (d.who ? actorNames[d.who] : 'server');
const server = (d: ErrorDetail) => `${who(d)} server`;
const status = (d: ErrorDetail) => (d.status !== undefined ? ` (${d.status})` : '');
/** Decimal megabytes, one decimal, as file managers show sizes: 1,900,000 bytes is "1.9 MB". */
const megabytes = (bytes = 0) => `${(bytes / 1_000_000).toFixed(1).replace(/\.0$/, '')} MB`;
const whatTheySaid = (d: ErrorDetail) => (d.said ? `: ${d.said}` : '.');

/** The sentence for each situation main can name. */
export const reasonWords: Record<ErrorReason, Words> = {
  'deleting-all-data': () => 'All data is being deleted; try again in a moment.',
  'discarded-by-delete-all': () => 'This take was discarded when all data was deleted; nothing more of it is saved.',
  'database-set-aside': () =>
    'Rehearse set its damaged database aside. Choose to restore the latest backup or start fresh first.',
  'database-in-place': () => 'A database file is already in place; restart Rehearse to check it.',
  'database-working': () => 'The database is working; there is nothing to recover.',
  'already-recovering': () => 'Rehearse is already recovering the database.',
  'desktop-only': (d) =>
    d.feature === 'pdf'
      ? 'Saving a PDF directly works in the desktop app; use Print → Save as PDF.'
      : 'Choosing a file with the system dialog works in the desktop app.',
  'deck-purged': () => 'That deck was already deleted for good.',
  'import-canceled': () => 'Import canceled. Nothing was saved.',
  'draft-needs-interviewer': () =>
    'Drafting a deck needs the LLM interviewer. Turn it on in Settings → Engines, or import a guide instead.',
  'draft-no-questions': () => 'The interviewer drafted no question with a model answer. Try again.',
  'file-too-large': (d) =>
    d.bytes !== undefined
      ? `That file is ${megabytes(d.bytes)}; Rehearse imports guides and decks of up to ${megabytes(d.limitBytes)}. ` +
        'Split it into smaller files and import each.'
      : `That file is too large to be a prep guide (over ${megabytes(d.limitBytes)}).`,
  'not-text': () => 'That file is not text. Import a Markdown (.md), CSV or JSON file, or paste the text.',
  'no-questions-found': () =>
    'No questions found. Rehearse looks for "**Q:** … **A:** …" pairs, question headings with the answer below, ' +
    'numbered questions with indented answers, and timed pitches such as "Elevator Pitch (30 seconds)".',
  'import-too-slow': (d) =>
    `Reading that file took longer than ${d.seconds ?? 0} seconds, so it was stopped. Nothing was saved. ` +
    'Check that it is a guide or deck (Markdown, CSV or JSON), or split it into smaller files.',
  'import-out-of-memory': () => 'That file needs more memory to read than Rehearse allows. Nothing was saved.',
  'import-crashed': () => 'Rehearse could not read that file. Nothing was saved; try again.',
  'json-unreadable': (d) => `That JSON file cannot be read${whatTheySaid(d)}`,
  'json-no-questions': () => 'That JSON file has no "questions" list. See the deck format in the documentation.',
  'deck-from-newer-version': () => 'That deck was exported by a newer Rehearse. Update Rehearse to import it.',
  'csv-no-question-column': (d) =>
    `That CSV has no question column. The first row must name the columns, e.g. ${(d.columns ?? []).join(',')}.`,
  'nested-too-deeply': () => 'That file is nested too deeply to read as a guide or deck.',
  'take-recording': () => 'This take is still being recorded; stop or cancel it first.',
  'take-stopped': () => 'This take has already been stopped.',
  'take-not-recording': () => 'That take is not being recorded (it may have been stopped).',
  'nothing-recorded': () => 'Nothing was recorded, so no take was saved.',
  'recording-not-saved': () => 'The recording could not be saved.',
  'chunk-missing': (d) => `Recording chunk ${d.number ?? '?'} is missing; send it again.`,
  'no-transcript': () => 'This take has no transcript yet.',
  'empty-transcript': () => 'A transcript needs at least one word.',
  'nothing-to-retry': () => 'Nothing to retry for this take.',
  'retry-in-settings': () => 'Transcription cannot be retried from here; queue the take again in Settings.',
  'follow-up-of-itself': () => 'A take cannot follow up on itself.',
  'follow-up-other-question': () => 'A follow-up answer belongs to a first answer of the same question.',
  'no-matching-questions': () => 'No questions match these choices. Widen the filters or pick another deck.',
  'interview-ended': () => 'This interview has ended; start a new one to keep practising.',
  'interview-not-running': () => 'Only a running interview can be paused.',
  'take-other-question': () => 'That take answers a different question.',
  'no-recording': () => 'That take has no recording to transcribe.',
  'no-score': (d) => `This take has no score yet for the ${who(d)} to check.`,
  'no-key-points': () => 'This take has no key points to judge.',
  'no-video': () => 'This take has no video to measure.',
  'follow-up-empty': (d) => `The LLM interviewer's follow-up ${d.number ?? ''} was empty.`,
  'follow-up-too-long': (d) => `The LLM interviewer's follow-up ${d.number ?? ''} was too long to ask.`,
  'follow-up-no-point': (d) => `The LLM interviewer's follow-up ${d.number ?? ''} probed no key point.`,
  'follow-up-unknown-point': (d) => `The LLM interviewer named key point ${d.number ?? ''}, which does not exist.`,
  'follow-up-covered-point': (d) =>
    `The LLM interviewer's follow-up ${d.number ?? ''} asked about a point the answer covered.`,
  'follow-up-none': () => 'The LLM interviewer asked nothing about the points the answer left open.',
  'filler-built-in': (d) => `"${d.word ?? ''}" is already a built-in filler; to count it, stop removing it.`,
  'filler-not-built-in': (d) => `"${d.word ?? ''}" is not a built-in filler, so it cannot be removed.`,
  'pace-range': () => 'The slowest comfortable pace must not be above the fastest.',
  'weights-all-zero': () => 'At least one part of the score needs a weight above zero.',
  'not-http-address': (d) => `"${d.address ?? ''}" is not an http or https address.`,
  'key-over-plain-http': (d) => insecureKeyMessage(d.address ?? ''),
  'job-not-retryable': () => 'Only a failed or canceled job can be retried.',
  'job-not-running': () => 'That job is not queued or running.',
  'model-name': () => 'That is not a model name.',
  'model-not-in-catalogue': (d) => `There is no model called "${d.model ?? ''}" to download.`,
  'model-not-installed': () => 'That model is not installed.',
  'model-file-missing': () => 'The model file is missing.',
  'model-not-on-server': () => 'The model file was not found on the download server.',
  'download-stopped': () => 'The download was stopped.',
  'download-failing': () => 'The download kept failing. Check your connection and try again.',
  'download-server': (d) => `The download server answered${status(d)}. Try again later.`,
  'checksum-mismatch': () => 'The downloaded model did not match its checksum, so it was discarded. Try again.',
  'not-ggml': (d) => `This is not a complete whisper.cpp model file (ggml .bin)${whatTheySaid(d)}`,
  'not-a-speech-model': () =>
    'That file cannot be used as a speech model. Choose a whisper.cpp model file (ggml .bin); ' +
    'GGUF, PyTorch and ONNX files cannot be used.',
  'whisper-not-installed': () =>
    'The local Whisper engine is not installed: it is built during "npm install", which needs cmake and a C++ ' +
    'compiler. Install them and run "npm run build:whisper", or use the cloud engine.',
  'whisper-failed': (d) => `The local Whisper engine failed${whatTheySaid(d)}`,
  'whisper-server-start': () => 'The local Whisper server could not be started.',
  'whisper-server-stopped': (d) => `The local Whisper server stopped while starting${whatTheySaid(d)}`,
  'whisper-server-slow': () => 'The local Whisper server did not start in time.',
  'whisper-server-no-answer': () => 'The local Whisper server stopped answering.',
  'whisper-server-refused': (d) => `The local Whisper server refused the audio${status(d)}.`,
  'whisper-server-unreadable': () => 'The local Whisper server sent an answer Rehearse cannot read.',
  'shutting-down': () => 'Transcription is shutting down.',
  'interrupted-twice': () => 'Transcription was interrupted twice when the app stopped. Retry it.',
  'word-vectors-missing': () =>
    'The word-vector table that scoring needs is missing from this install. Reinstall Rehearse.',
  'scoring-crashed': () => 'Scoring stopped before it finished. Your take and its transcript are kept; score it again.',
  'stored-result-unreadable': (d) =>
    d.who === 'judge'
      ? "The judge's stored answer could not be read."
      : 'The saved score could not be read; score the take again.',
  'api-key-missing': (d) =>
    d.who === 'transcription'
      ? 'Add your OpenAI API key in Settings to use the cloud engine.'
      : `The ${who(d)} needs an API key, or the address of your own OpenAI-compatible server, in Settings.`,
  'turned-off': (d) => `The ${who(d)} is off. Turn it on in Settings.`,
  'key-rejected': (d) => `The ${server(d)} rejected the API key (401). Check the key in Settings.`,
  'model-forbidden': (d) => `This API key may not use "${d.model ?? ''}" (403). Check the key or choose another model.`,
  'model-unknown': (d) => `The ${server(d)} does not know the model "${d.model ?? ''}", or its URL is wrong (404).`,
  'server-unreachable': (d) => `Could not reach the ${server(d)}. Check its URL and your connection.`,
  'server-error': (d) => `The ${server(d)} answered with an error${status(d)}${whatTheySaid(d)}`,
  refused: (d) => `The ${who(d)} declined to answer${whatTheySaid(d)}`,
  'empty-answer': (d) => `The ${who(d)} sent an empty answer.`,
  'answer-too-long': (d) => `The ${who(d)} ran out of room before finishing its answer.`,
  'content-filter': (d) => `The ${server(d)}'s content filter stopped the answer.`,
  'bad-format': (d) =>
    `The ${who(d)}'s answer was not in the expected format${d.said ? ` (${d.said})` : ''}. ` +
    'Try again or choose a model that supports structured output.',
  'judge-misnamed-point': (d) => `The judge's answer named key point ${d.number ?? '?'} wrongly. Try again.`,
  'judge-missed-point': (d) => `The judge's answer left out key point ${d.number ?? '?'}. Try again.`,
  quota: () => 'Your disk quota is used up. Free some space and try again.',
  'file-missing': () => 'A file Rehearse needs is missing.',
  'data-folder': () => 'Rehearse is not allowed to write to its data folder.',
  'cross-origin': () => 'Cross-origin request refused.',
  'not-from-page': () => 'Request refused: it did not come from the Rehearse page.',
  'request-too-large': () => 'The request is too large for Rehearse to accept.',
  'body-not-json': () => 'The request body is not valid JSON.',
  'bad-call-name': () => 'The call name is not valid.',
  'local-server-down': () => 'Rehearse’s local server is not answering. Is `npm run web` still running?',
  'tab-not-signed-in': () => 'This tab is not signed in. Open the link that `npm run web` printed.',
};
