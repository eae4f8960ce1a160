/**
 * Lets another service follow a take's audio as it is recorded (transcribing
 * while the user speaks) without the recorder knowing about it. Called only
 * after a chunk is safely on disk, in recording order, never for a repeat.
 */
export interface AudioTap {
  opened(takeId: string): void;
  /** 16 kHz mono signed 16-bit little-endian PCM, as appended to the WAV. */
  appended(takeId: string, pcm: Uint8Array): void;
  /** Stop was pressed: no more audio will come for this take. */
  ended(takeId: string): void;
  /** The take was thrown away (cancel, discard, or nothing was recorded). */
  discarded(takeId: string): void;
}
