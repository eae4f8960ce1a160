/**
 * Energy-based voice activity, one 20 ms frame at a time. The threshold
 * follows the room: a noise floor that drops at once to any quieter frame and
 * creeps up slowly (so steady fan noise becomes "silence" after a few
 * seconds, while a word never does). Speech sits well above it.
 */
export const FRAME_SAMPLES = 320; // 20 ms at 16 kHz

/** Frames this far above the noise floor are voice. */
const ABOVE_FLOOR_DB = 12;
/** Below this level a frame is silence however quiet the room (digital silence, a muted mic). */
const ALWAYS_SILENT_DB = -50;
/** How fast the floor may rise, per frame: 0.05 dB x 50 frames/s = 2.5 dB per second. */
const FLOOR_RISE_DB = 0.05;
const FLOOR_START_DB = -60;
const QUIETEST_DB = -100;

export function frameLevelDb(samples: Int16Array, from: number, count: number): number {
  let energy = 0;
  for (let i = from; i < from + count; i++) energy += samples[i]! * samples[i]!;
  const meanSquare = energy / count / (32768 * 32768);
  return meanSquare > 0 ? Math.max(QUIETEST_DB, 10 * Math.log10(meanSquare)) : QUIETEST_DB;
}

export class VoiceActivity {
  private floorDb = FLOOR_START_DB;

  /** True when the frame holds voice (or any sound well above the room's noise). */
  isVoice(levelDb: number): boolean {
    this.floorDb = Math.min(this.floorDb + FLOOR_RISE_DB, Math.max(levelDb, QUIETEST_DB));
    return levelDb > ALWAYS_SILENT_DB && levelDb > this.floorDb + ABOVE_FLOOR_DB;
  }
}
