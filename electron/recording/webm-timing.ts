export interface BlockHead {
  track: number;
  /** Block timestamp relative to its cluster. */
  relative: number;
  keyframe: boolean;
}

export interface CueInfo {
  CueTrack: number;
  CueClusterPosition: number;
  CueTime: number;
}

const VIDEO = 1;
const AUDIO = 2;

/**
 * Duration and cue points from block timestamps: a cue at the first keyframe
 * of the cue track (video if any, else audio) in each cluster, since a player
 * starts decoding where a cue points; duration is the last block's time plus
 * one frame of that track, since MediaRecorder writes no block durations.
 * Fed one block at a time so nothing grows per frame.
 */
export class BlockTiming {
  readonly cues: CueInfo[] = [];
  private readonly cueTrack: number | undefined;
  private readonly lastTwo = new Map<number, [number, number]>();
  private cuedCluster = -1;

  constructor(trackTypes: ReadonlyMap<number, number>) {
    const tracks = [...trackTypes.entries()];
    this.cueTrack = (tracks.find(([, type]) => type === VIDEO) ?? tracks.find(([, type]) => type === AUDIO))?.[0];
  }

  /** `cluster` is the offset of the block's Cluster ID in the file. */
  add(block: BlockHead, cluster: number, clusterTime: number): void {
    const time = clusterTime + block.relative;
    if (block.track === this.cueTrack && block.keyframe && cluster !== this.cuedCluster) {
      this.cuedCluster = cluster;
      this.cues.push({ CueTrack: block.track, CueClusterPosition: cluster, CueTime: time });
    }
    const pair = this.lastTwo.get(block.track);
    if (pair) {
      pair[0] = pair[1];
      pair[1] = time;
    } else this.lastTwo.set(block.track, [time, time]);
  }

  get blocks(): number {
    return this.lastTwo.size;
  }

  get duration(): number {
    let duration = 0;
    for (const [previous, last] of this.lastTwo.values()) duration = Math.max(duration, last + (last - previous));
    return duration;
  }
}
