import type { EngineId, Transcript } from '@contract/transcription';

export interface TranscribeRequest {
  /** 16 kHz mono 16-bit PCM WAV, as the recorder writes it. */
  readonly audioFile: string;
  /** ISO 639-1 code, e.g. "en". */
  readonly language?: string;
  /** Initial prompt: fillers and the question's key terms (see initial-prompt.ts). */
  readonly prompt?: string;
  /** 0 or undefined picks a sensible number for this machine. */
  readonly threads?: number;
  readonly signal?: AbortSignal;
  /** Fraction done, 0..1, never decreasing. */
  readonly onProgress?: (fraction: number) => void;
}

/** One way of turning a recording into a transcript with word timings. */
export interface TranscriptionEngine {
  readonly id: EngineId;
  readonly model: string;
  transcribe(request: TranscribeRequest): Promise<Transcript>;
}

/** Reports progress only forwards and only when it changes, whatever the engine emits. */
export function monotonicProgress(onProgress?: (fraction: number) => void): (fraction: number) => void {
  let last = -1;
  return (fraction) => {
    const value = Math.min(1, Math.max(0, fraction));
    if (value <= last) return;
    last = value;
    onProgress?.(value);
  };
}
