import type { Transcript } from '@contract/transcription';
import { AppError } from '@contract/app-error';
import { WAV_SAMPLE_RATE } from '../../recording/wav-format';
import { encodeWav } from '../wav-pcm';
import { Segmenter, type AudioPiece, type SegmenterOptions } from './segmenter';
import { transcribeOnServer, type PieceTranscript } from './server-inference';
import { planAtStop, type BacklogAtStop, type StopPlan } from './stop-plan';
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
  /** Transcribes what the server has not done in one pass with every core (whisper-cli); see stop-plan.ts. */
  readonly onePass: OnePass;
  /** Threads the one-pass transcription uses. */
  readonly onePassThreads: number;
  /** The transcript so far, after each piece (for "show live transcript"). */
  readonly onText?: (text: string) => void;
  /** Decides what happens to the backlog at Stop; tests pin a choice to exercise each path. */
  readonly plan?: (backlog: BacklogAtStop) => StopPlan;
  /** What was decided at Stop, and the figures behind it (logged; the bench prints it). */
  readonly onPlan?: (plan: StopPlan, backlog: BacklogAtStop) => void;
}

/** A WAV of the take's remaining audio in, its transcript (times from the WAV's start) out. */
export type OnePass = (request: { wav: Buffer; prompt: string; signal: AbortSignal }) => Promise<PieceTranscript>;

/** A piece with less voice than this is room noise or a breath: whisper would only invent words for it. */
const MIN_VOICED_SECONDS = 0.2;
/** The end of the previous piece's text goes after the initial prompt; whisper.cpp keeps a prompt's last tokens. */
const CONTEXT_CHARS = 240;

const seconds = (samples: number) => samples / WAV_SAMPLE_RATE;

/**
 * Transcribes one take while it is recorded: pieces are cut at pauses and
 * sent one at a time to the kept-loaded server, each with the text before it
 * as context, so at Stop only the last piece is left. When the server fell
 * behind, Stop hands what it has not done to one pass with every core
 * instead (stop-plan.ts). Any failure is kept and reported by `finish`, so
 * the caller can fall back to the batch job.
 */
export class StreamingTake {
  private readonly segmenter: Segmenter;
  private readonly controller = new AbortController();
  /** Aborted when Stop takes the server's piece away for the one pass. */
  private readonly serverController = new AbortController();
  private readonly lease: Promise<ServerLease>;
  private readonly pieces: TranscribedPiece[] = [];
  /** Cut and not sent yet, in order (voiceless ones too: the one pass needs the audio whole). */
  private readonly waiting: AudioPiece[] = [];
  private inFlight: { piece: AudioPiece; startedAt: number } | null = null;
  private work: Promise<void> = Promise.resolve();
  private failure: unknown = null;
  private previousText = '';
  private engineSeconds = 0;
  /** Audio and wall seconds of the pieces the server finished: its live real-time factor. */
  private serverAudioSeconds = 0;
  private serverWallSeconds = 0;
  private finishing: Promise<Transcript> | null = null;
  /** Stop chose the one pass: no more pieces go to the server. */
  private serverDone = false;

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
    const busy = this.inFlight !== null;
    this.controller.abort();
    this.pieces.length = 0;
    this.waiting.length = 0;
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
    const lease = await this.lease.catch(() => null);
    if (lease && !this.stopped) await this.finishBacklog(lease);
    else await this.work;
    lease?.release();
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

  /** Lets the server finish, or hands the rest to one pass, whichever should be done first. */
  private async finishBacklog(lease: ServerLease): Promise<void> {
    const backlog = this.backlog(lease.endpoint.threads);
    const plan = (this.options.plan ?? planAtStop)(backlog);
    this.options.onPlan?.(plan, backlog);
    if (plan.kind === 'stream') {
      await this.work;
      return;
    }
    this.serverDone = true;
    const rest: AudioPiece[] = [];
    if (plan.kind === 'batch' && this.inFlight) {
      // Its audio goes into the one pass; killing the server frees its core at once.
      rest.push(this.inFlight.piece);
      this.serverController.abort();
      lease.interrupt();
    }
    await this.work;
    rest.push(...this.waiting.splice(0));
    if (!this.stopped && rest.some((piece) => piece.voicedSeconds >= MIN_VOICED_SECONDS))
      await this.transcribeInOnePass(rest);
  }

  private backlog(serverThreads: number): BacklogAtStop {
    const audio = (piece: AudioPiece) => seconds(piece.ownEnd - piece.ownStart);
    return {
      inFlightAudioSeconds: this.inFlight ? audio(this.inFlight.piece) : 0,
      inFlightElapsedSeconds: this.inFlight ? (performance.now() - this.inFlight.startedAt) / 1000 : 0,
      waitingAudioSeconds: this.waiting.reduce((sum, piece) => sum + audio(piece), 0),
      serverRtf: this.serverAudioSeconds > 0 ? this.serverWallSeconds / this.serverAudioSeconds : null,
      serverThreads,
      batchThreads: this.options.onePassThreads,
    };
  }

  private enqueue(piece: AudioPiece): void {
    this.waiting.push(piece);
    this.work = this.work.then(() => this.sendNext());
  }

  private async sendNext(): Promise<void> {
    if (this.stopped || this.serverDone) return;
    try {
      const { endpoint } = await this.lease;
      // Taken off the waiting list only once it goes to the server: at Stop, every piece is either
      // waiting or in flight, so the one pass never misses one.
      if (this.stopped || this.serverDone) return;
      const piece = this.waiting.shift();
      if (!piece || piece.voicedSeconds < MIN_VOICED_SECONDS) return;
      const startedAt = performance.now();
      this.inFlight = { piece, startedAt };
      const transcript = await transcribeOnServer({
        endpoint,
        wav: encodeWav({ sampleRate: WAV_SAMPLE_RATE, samples: piece.samples }),
        language: this.options.language,
        prompt: this.contextPrompt(),
        audioSeconds: seconds(piece.samples.length),
        signal: AbortSignal.any([this.controller.signal, this.serverController.signal]),
      });
      const wall = (performance.now() - startedAt) / 1000;
      this.engineSeconds += wall;
      this.serverWallSeconds += wall;
      this.serverAudioSeconds += seconds(piece.ownEnd - piece.ownStart);
      if (this.controller.signal.aborted) return;
      this.keep(piece, piece.audioStart, transcript);
    } catch (error) {
      // Taken away for the one pass at Stop: not a failure.
      if (!this.serverController.signal.aborted) this.failure ??= error;
    } finally {
      this.inFlight = null;
    }
  }

  /** The pieces' audio as one WAV (each after the first without the overlap it repeats), in one pass. */
  private async transcribeInOnePass(rest: readonly AudioPiece[]): Promise<void> {
    const first = rest[0]!;
    const parts = rest.map((piece, i) =>
      i === 0 ? piece.samples : piece.samples.subarray(piece.ownStart - piece.audioStart),
    );
    const samples = new Int16Array(parts.reduce((sum, part) => sum + part.length, 0));
    let at = 0;
    for (const part of parts) {
      samples.set(part, at);
      at += part.length;
    }
    const started = performance.now();
    try {
      const transcript = await this.options.onePass({
        wav: encodeWav({ sampleRate: WAV_SAMPLE_RATE, samples }),
        prompt: this.contextPrompt(),
        signal: this.controller.signal,
      });
      this.engineSeconds += (performance.now() - started) / 1000;
      if (this.controller.signal.aborted) return;
      this.keep({ ...first, ownEnd: rest.at(-1)!.ownEnd }, first.audioStart, transcript);
    } catch (error) {
      this.failure ??= error;
    }
  }

  private keep(span: Pick<AudioPiece, 'ownStart' | 'ownEnd'>, audioStart: number, transcript: PieceTranscript): void {
    this.pieces.push({
      audioStart: seconds(audioStart),
      ownStart: seconds(span.ownStart),
      ownEnd: seconds(span.ownEnd),
      transcript,
    });
    this.pieces.sort((a, b) => a.ownStart - b.ownStart);
    this.previousText = transcript.segments.map((s) => s.text).join(' ');
    this.options.onText?.(stitchPieces(this.pieces).text);
  }

  private contextPrompt(): string {
    return `${this.options.prompt} ${this.previousText.slice(-CONTEXT_CHARS)}`.trim();
  }
}
