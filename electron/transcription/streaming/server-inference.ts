import { z } from 'zod';
import type { Segment, Word } from '@contract/transcription';
import { AppError } from '@contract/app-error';
import { mergeTokensIntoWords } from '../local/word-timings';
import type { ServerEndpoint } from './whisper-server';

/** The parts of whisper-server's `verbose_json` answer we use; times in seconds from the start of the audio sent. */
const verboseJsonSchema = z.object({
  segments: z.array(
    z.object({
      text: z.string(),
      start: z.number(),
      end: z.number(),
      words: z
        .array(z.object({ word: z.string(), start: z.number(), end: z.number(), probability: z.number() }))
        .optional(),
    }),
  ),
});

export interface InferenceRequest {
  readonly endpoint: ServerEndpoint;
  /** A WAV in the recorder's format (16 kHz mono 16-bit). */
  readonly wav: Buffer;
  readonly language: string;
  readonly prompt: string;
  /** Seconds of audio in the WAV: the encoder only looks at that much (see audioContextFor). */
  readonly audioSeconds: number;
  readonly signal: AbortSignal;
}

/** Whisper's encoder sees 30 s as 1500 positions. */
const FULL_AUDIO_CONTEXT = 1500;
const POSITIONS_PER_SECOND = FULL_AUDIO_CONTEXT / 30;
/**
 * Positions beyond the audio: the encoder attends across them, and a context
 * cut right at the last word makes whisper stop early or repeat itself.
 * Upstream users measured this margin (2.56 s) on short clips with base.en,
 * for about 3x faster transcription of 5-10 s clips without more errors.
 */
const AUDIO_CONTEXT_MARGIN = 128;

/**
 * The encoder context for a piece of this many seconds. Whisper pads every
 * request to a 30 s window and by default encodes all of it, so a 10 s piece
 * costs as much as 30 s; sized to the piece, the encoder does about a third
 * of the work. Rounded up to a multiple of 64 positions.
 */
export function audioContextFor(seconds: number): number {
  const needed = Math.ceil(seconds * POSITIONS_PER_SECOND) + AUDIO_CONTEXT_MARGIN;
  return Math.min(FULL_AUDIO_CONTEXT, Math.ceil(needed / 64) * 64);
}

export interface PieceTranscript {
  readonly segments: Segment[];
  readonly words: Word[];
}

/**
 * Transcribes one piece of a take on the kept-loaded server. Closing the
 * connection (the signal) makes the server abort the decode, so a cancel
 * stops the CPU work too. Greedy decoding, as the batch engine uses.
 */
export async function transcribeOnServer(request: InferenceRequest): Promise<PieceTranscript> {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(request.wav)], { type: 'audio/wav' }), 'piece.wav');
  form.set('response_format', 'verbose_json');
  form.set('token_timestamps', 'true');
  form.set('language', request.language);
  form.set('temperature', '0');
  form.set('audio_ctx', String(audioContextFor(request.audioSeconds)));
  if (request.prompt) form.set('prompt', request.prompt);
  let response: Response;
  try {
    response = await fetch(`${request.endpoint.url}/inference`, {
      method: 'POST',
      body: form,
      signal: request.signal,
    });
  } catch (error) {
    if (request.signal.aborted) throw new AppError('CANCELED', { who: 'transcription' });
    throw new AppError('ENGINE_FAILED', { reason: 'whisper-server-no-answer' }, { cause: error });
  }
  const body = await response.text().catch(() => '');
  if (request.signal.aborted) throw new AppError('CANCELED', { who: 'transcription' });
  if (!response.ok) {
    throw new AppError('ENGINE_FAILED', { reason: 'whisper-server-refused', status: response.status });
  }
  let parsed: z.infer<typeof verboseJsonSchema>;
  try {
    parsed = verboseJsonSchema.parse(JSON.parse(body));
  } catch (error) {
    throw new AppError(
      'ENGINE_FAILED',
      { reason: 'whisper-server-unreadable' },
      {
        cause: error,
      },
    );
  }
  return pieceTranscript(parsed);
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

function pieceTranscript(json: z.infer<typeof verboseJsonSchema>): PieceTranscript {
  const segments: Segment[] = [];
  const pieces: Array<{ text: string; start: number; end: number; p: number }> = [];
  for (const seg of json.segments) {
    const text = seg.text.trim();
    if (!text) continue;
    segments.push({ start: round(seg.start), end: round(seg.end), text });
    for (const word of seg.words ?? []) {
      // Special tokens ([_BEG_], [_TT_n]) are already left out by the server; bracketed leftovers are not speech.
      if (/^\[_.*_?\]$/.test(word.word.trim())) continue;
      const p = Math.min(1, Math.max(0, word.probability));
      pieces.push({ text: word.word, start: word.start, end: word.end, p });
    }
  }
  return { segments, words: mergeTokensIntoWords(pieces) };
}
