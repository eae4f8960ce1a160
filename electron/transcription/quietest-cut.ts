/**
 * Where to cut audio so that no word is split: the middle of the quietest
 * frame (by energy) among frames starting in [from, to]. Returns null when
 * the span holds no whole frame.
 */
export function quietestCut(samples: Int16Array, from: number, to: number, frame: number): number | null {
  let cut: number | null = null;
  let quietest = Infinity;
  for (let at = from; at <= to && at + frame <= samples.length; at += frame) {
    let energy = 0;
    for (let i = at; i < at + frame; i++) energy += samples[i]! * samples[i]!;
    if (energy < quietest) {
      quietest = energy;
      cut = at + Math.floor(frame / 2);
    }
  }
  return cut;
}
