import { quietestCut } from '../quietest-cut';
import { FRAME_SAMPLES, frameLevelDb, VoiceActivity } from './voice-activity';

/** One piece of a take, ready to transcribe on its own. Positions are sample indexes in the whole take. */
export interface AudioPiece {
  readonly index: number;
  /** Where the audio sent begins: `ownStart` less the overlap (the previous piece's last moments). */
  readonly audioStart: number;
  /** Words whose middle falls in [ownStart, ownEnd) belong to this piece; see stitch.ts. */
  readonly ownStart: number;
  readonly ownEnd: number;
  readonly samples: Int16Array;
  /** Seconds of voice in the piece's own span; a piece without any is not worth transcribing. */
  readonly voicedSeconds: number;
}

export interface SegmenterOptions {
  readonly sampleRate?: number;
  /** A piece is cut at the first pause after this many seconds... */
  readonly minSeconds?: number;
  /** ...or at the quietest moment before this many, if the speaker never pauses. */
  readonly maxSeconds?: number;
  /** The silence that counts as a pause. */
  readonly pauseSeconds?: number;
  /** Audio before the cut sent again with the next piece, so a word at the cut is heard whole once. */
  readonly overlapSeconds?: number;
}

export const segmenterDefaults = {
  sampleRate: 16_000,
  minSeconds: 10,
  maxSeconds: 30,
  pauseSeconds: 0.3,
  overlapSeconds: 0.3,
} satisfies Required<SegmenterOptions>;

/**
 * Cuts the take's 16 kHz audio into pieces of about 10-30 s at natural
 * pauses while it is being recorded, so each can be transcribed as soon as it
 * closes and only the last one is left when the user presses Stop.
 */
export class Segmenter {
  private readonly o: Required<SegmenterOptions>;
  private readonly vad = new VoiceActivity();
  /** Audio from `bufferStart` on: the current piece plus the overlap before it. */
  private buffer = new Int16Array(0);
  private bufferStart = 0;
  private ownStart = 0;
  private index = 0;
  /** Frames measured so far (their sample position is frames * FRAME_SAMPLES). */
  private frames = 0;
  private silentRun = 0;
  private voicedFrames = 0;

  constructor(options: SegmenterOptions = {}) {
    this.o = { ...segmenterDefaults, ...options };
  }

  /** Adds recorded samples; returns the pieces they closed (usually none). */
  push(samples: Int16Array): AudioPiece[] {
    this.append(samples);
    const closed: AudioPiece[] = [];
    const pauseFrames = Math.round((this.o.pauseSeconds * this.o.sampleRate) / FRAME_SAMPLES);
    const min = this.o.minSeconds * this.o.sampleRate;
    const max = this.o.maxSeconds * this.o.sampleRate;
    while ((this.frames + 1) * FRAME_SAMPLES <= this.end) {
      const at = this.frames * FRAME_SAMPLES;
      const voice = this.vad.isVoice(frameLevelDb(this.buffer, at - this.bufferStart, FRAME_SAMPLES));
      this.frames += 1;
      if (voice) {
        this.voicedFrames += 1;
        this.silentRun = 0;
      } else this.silentRun += 1;
      const frameEnd = this.frames * FRAME_SAMPLES;
      const length = frameEnd - this.ownStart;
      if (length >= min && this.silentRun >= pauseFrames) {
        // In the middle of the pause so far: the words on both sides stay whole.
        closed.push(this.cut(frameEnd - Math.floor((this.silentRun * FRAME_SAMPLES) / 2)));
      } else if (length >= max) {
        const from = this.ownStart + Math.floor(max * 0.75) - this.bufferStart;
        const cut = quietestCut(this.buffer, from, frameEnd - FRAME_SAMPLES - this.bufferStart, FRAME_SAMPLES);
        closed.push(this.cut(cut === null ? frameEnd : cut + this.bufferStart));
      }
    }
    return closed;
  }

  /** At Stop: the rest of the take as the last piece (null when nothing is left after the last cut). */
  finish(): AudioPiece | null {
    if (this.end <= this.ownStart) return null;
    return this.cut(this.end);
  }

  private get end(): number {
    return this.bufferStart + this.buffer.length;
  }

  private append(samples: Int16Array): void {
    const next = new Int16Array(this.buffer.length + samples.length);
    next.set(this.buffer);
    next.set(samples, this.buffer.length);
    this.buffer = next;
  }

  private cut(at: number): AudioPiece {
    const overlap = Math.round(this.o.overlapSeconds * this.o.sampleRate);
    const audioStart = Math.max(this.bufferStart, this.ownStart - overlap);
    const piece: AudioPiece = {
      index: this.index++,
      audioStart,
      ownStart: this.ownStart,
      ownEnd: at,
      samples: this.buffer.slice(audioStart - this.bufferStart, at - this.bufferStart),
      voicedSeconds: (this.voicedFrames * FRAME_SAMPLES) / this.o.sampleRate,
    };
    // Keep the overlap for the next piece, and the audio after the cut.
    const keepFrom = Math.max(this.bufferStart, at - overlap);
    this.buffer = this.buffer.slice(keepFrom - this.bufferStart);
    this.bufferStart = keepFrom;
    this.ownStart = at;
    this.silentRun = 0;
    this.voicedFrames = 0;
    return piece;
  }
}
