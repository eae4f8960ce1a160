import type { Transcript } from '../../api/contract/transcription';
import { AppError } from '../../api/app-error';
import { WAV_SAMPLE_RATE } from '../../recording/wav-format';
import { encodeWav } from '../wav-pcm';
import { Segmenter, type AudioPiece, type SegmenterOptions } from './segmenter';
import { transcribeOnServer } from './server-inference';
import { stitchPieces, type TranscribedPiece } from './stitch';
import type { ServerLease, WhisperServer } from './whisper-server';

export interface StreamingTakeOptions {
  readonly server: WhisperServer;
  readonly modelFile: string;
  readonly modelName: string;
  readonly language: string;
  /** The take's initial prompt (fillers and the question's key terms). */
  readonly prompt: string;
  readonly segmenter?: SegmenterOptions;
  /** The transcript so far, after each piece (for "show live transcript"). */
  readonly onText?: (text: string) => void;
}

/** A piece with less voice than this is room noise or a breath: whisper would only invent words for it. */
const MIN_VOICED_SECONDS = 0.2;
/** The end of the previous piece's text goes after the initial prompt; whisper.cpp keeps a prompt's last tokens. */
const CONTEXT_CHARS = 240;

/**
 * Transcribes one take while it is recorded: pieces are cut at pauses and
 * sent one at a time to the kept-loaded server, each with the text before it
 * as context, so at Stop only the last piece is left. Any failure is kept
 * and reported by `finish`, so the caller can fall back to the batch job.
 */
export class StreamingTake {
  private readonly segmenter: Segmenter;
  private readonly controller = new AbortController();
  private readonly lease: Promise<ServerLease>;
  private readonly pieces: TranscribedPiece[] = [];
  private work: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private previousText = '';
  private engineSeconds = 0;
  private finishing: Promise<Transcript> | null = null;
  /** A piece is on the server right now. */
  private busy = false;

  constructor(private readonly options: StreamingTakeOptions) {
    this.segmenter = new Segmenter(options.segmenter);
    // Started at once: the model loads while the user speaks the first piece.
    this.lease = options.server.lease(options.modelFile);
    this.lease.catch((error: unknown) => (this.failure ??= error));
  }

  /** Recorded PCM (16 kHz mono 16-bit), in order. Cheap: energy per 20 ms frame, and a copy. */
  append(pcm: Int16Array): void {
    if (this.finishing || this.stopped) return;
    for (const piece of this.segmenter.push(pcm)) this.enqueue(piece);
  }

  /** Stop was pressed: transcribes what is left and resolves with the whole transcript, or rejects. */
  finish(): Promise<Transcript> {
    this.finishing ??= this.finishNow();
    return this.finishing;
  }

  /** Discard or cancel: closes the request in flight (the server aborts the decode) and forgets the text. */
  abort(): void {
    const busy = this.busy;
    this.controller.abort();
    this.pieces.length = 0;
    this.previousText = '';
    void this.lease.then(
      (lease) => {
        if (busy) lease.interrupt();
        lease.release();
      },
      () => undefined,
    );
  }

  private get stopped(): boolean {
    return this.controller.signal.aborted || this.failure !== null;
  }

  private async finishNow(): Promise<Transcript> {
    const tail = this.segmenter.finish();
    if (tail) this.enqueue(tail);
    await this.work;
    await this.release();
    if (this.controller.signal.aborted) throw new AppError('CANCELED', { who: 'transcription' });
    if (this.failure) throw this.failure;
    const stitched = stitchPieces(this.pieces);
    return {
      ...stitched,
      language: this.options.language,
      engine: 'local',
      model: this.options.modelName,
      seconds: Math.round(this.engineSeconds * 1000) / 1000,
    };
  }

  private enqueue(piece: AudioPiece): void {
    if (piece.voicedSeconds < MIN_VOICED_SECONDS) return;
    this.work = this.work.then(() => this.transcribe(piece));
  }

  private async transcribe(piece: AudioPiece): Promise<void> {
    if (this.stopped) return;
    try {
      const { endpoint } = await this.lease;
      if (this.stopped) return;
      this.busy = true;
      const started = performance.now();
      const transcript = await transcribeOnServer({
        endpoint,
        wav: encodeWav({ sampleRate: WAV_SAMPLE_RATE, samples: piece.samples }),
        language: this.options.language,
        prompt: `${this.options.prompt} ${this.previousText.slice(-CONTEXT_CHARS)}`.trim(),
        signal: this.controller.signal,
      });
      this.engineSeconds += (performance.now() - started) / 1000;
      if (this.controller.signal.aborted) return;
      const seconds = (samples: number) => samples / WAV_SAMPLE_RATE;
      this.pieces.push({
        audioStart: seconds(piece.audioStart),
        ownStart: seconds(piece.ownStart),
        ownEnd: seconds(piece.ownEnd),
        transcript,
      });
      this.previousText = transcript.segments.map((s) => s.text).join(' ');
      this.options.onText?.(stitchPieces(this.pieces).text);
    } catch (error) {
      this.failure ??= error;
    } finally {
      this.busy = false;
    }
  }

  private async release(): Promise<void> {
    const lease = await this.lease.catch(() => null);
    lease?.release();
  }
}
