/** Level of digital silence: the floor every dBFS figure is clamped to. */
export const SILENCE_DB = -100;

/** dBFS of a mean square power (full-scale sine = -3 dBFS, full-scale square = 0). */
export const powerToDb = (power: number): number =>
  power > 0 ? Math.max(SILENCE_DB, 10 * Math.log10(power)) : SILENCE_DB;

export const dbToPower = (db: number): number => 10 ** (db / 10);

/** RMS level in dBFS of each `hop`-sample frame of `samples[from, to)` frames, written into `out`. */
export function frameLevels(samples: Float32Array, hop: number, from: number, to: number, out: Float32Array): void {
  for (let k = from; k < to; k++) {
    let sum = 0;
    const start = k * hop;
    const end = Math.min(samples.length, start + hop);
    for (let i = start; i < end; i++) sum += samples[i]! * samples[i]!;
    out[k] = powerToDb(end > start ? sum / (end - start) : 0);
  }
}

/** Power-average level of a set of frame levels (quiet frames weigh less, as they do to the ear). */
export function meanDb(levels: readonly number[]): number {
  if (levels.length === 0) return SILENCE_DB;
  return powerToDb(levels.reduce((sum, db) => sum + dbToPower(db), 0) / levels.length);
}
