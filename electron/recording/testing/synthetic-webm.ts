import { concat, element, float32, text, uint, UNKNOWN_SIZE } from '../ebml-write';

export interface SyntheticWebmOptions {
  /** Encoded video bytes per second; ~300 kB/s is a 2.5 Mbit/s camera stream. */
  videoBytesPerSecond?: number;
  withVideo?: boolean;
}

const VIDEO_FPS = 30;
const AUDIO_FRAMES_PER_SECOND = 50;
const OPUS_FRAME_BYTES = 80;

function header(withVideo: boolean): Uint8Array {
  const ebml = element(
    [0x1a, 0x45, 0xdf, 0xa3],
    element([0x42, 0x86], uint(1)),
    element([0x42, 0xf7], uint(1)),
    element([0x42, 0xf2], uint(4)),
    element([0x42, 0xf3], uint(8)),
    element([0x42, 0x82], text('webm')),
    element([0x42, 0x87], uint(4)),
    element([0x42, 0x85], uint(2)),
  );
  const info = element(
    [0x15, 0x49, 0xa9, 0x66],
    element([0x2a, 0xd7, 0xb1], uint(1_000_000)),
    element([0x4d, 0x80], text('Synthetic')),
    element([0x57, 0x41], text('Synthetic')),
  );
  const videoTrack = element(
    [0xae],
    element([0xd7], uint(1)),
    element([0x73, 0xc5], uint(1001)),
    element([0x83], uint(1)),
    element([0x86], text('V_VP8')),
    element([0xe0], element([0xb0], uint(320)), element([0xba], uint(240))),
  );
  const opusHead = Uint8Array.from([
    0x4f, 0x70, 0x75, 0x73, 0x48, 0x65, 0x61, 0x64, 1, 1, 0x38, 1, 0x80, 0xbb, 0, 0, 0, 0, 0,
  ]);
  const audioTrack = element(
    [0xae],
    element([0xd7], uint(withVideo ? 2 : 1)),
    element([0x73, 0xc5], uint(1002)),
    element([0x83], uint(2)),
    element([0x86], text('A_OPUS')),
    element([0x63, 0xa2], opusHead),
    element([0xe1], element([0xb5], float32(48000)), element([0x9f], uint(1))),
  );
  const tracks = element([0x16, 0x54, 0xae, 0x6b], ...(withVideo ? [videoTrack, audioTrack] : [audioTrack]));
  return concat([ebml, Uint8Array.of(0x18, 0x53, 0x80, 0x67), UNKNOWN_SIZE, info, tracks]);
}

function simpleBlock(track: number, relativeMs: number, keyframe: boolean, payload: Uint8Array): Uint8Array {
  const head = Uint8Array.of(0x80 | track, (relativeMs >> 8) & 0xff, relativeMs & 0xff, keyframe ? 0x80 : 0);
  return element([0xa3], head, payload);
}

/**
 * Yields one Chromium-shaped MediaRecorder chunk per second: the first carries
 * the header, each carries one unknown-size Cluster with its blocks.
 */
export function* syntheticWebmChunks(
  seconds: number,
  options: SyntheticWebmOptions = {},
): Generator<Uint8Array<ArrayBuffer>> {
  const withVideo = options.withVideo ?? true;
  const frameBytes = Math.max(16, Math.round((options.videoBytesPerSecond ?? 40_000) / VIDEO_FPS));
  const videoPayload = new Uint8Array(frameBytes).map((_, i) => (i * 31 + 7) & 0xff);
  const audioPayload = new Uint8Array(OPUS_FRAME_BYTES).map((_, i) => (i * 17 + 3) & 0xff);
  const audioTrack = withVideo ? 2 : 1;
  const events: { ms: number; track: number; keyframe: boolean; payload: Uint8Array }[] = [];
  if (withVideo) {
    for (let f = 0; f < VIDEO_FPS; f++) {
      events.push({ ms: Math.round((f * 1000) / VIDEO_FPS), track: 1, keyframe: f === 0, payload: videoPayload });
    }
  }
  for (let a = 0; a < AUDIO_FRAMES_PER_SECOND; a++) {
    events.push({ ms: a * (1000 / AUDIO_FRAMES_PER_SECOND), track: audioTrack, keyframe: true, payload: audioPayload });
  }
  events.sort((a, b) => a.ms - b.ms);
  // The blocks are the same every second (relative timestamps); only the cluster timestamp changes.
  const blocks = concat(events.map((e) => simpleBlock(e.track, e.ms, e.keyframe, e.payload)));
  for (let second = 0; second < seconds; second++) {
    const cluster = concat([
      Uint8Array.of(0x1f, 0x43, 0xb6, 0x75),
      UNKNOWN_SIZE,
      element([0xe7], uint(second * 1000)),
      blocks,
    ]);
    yield second === 0 ? concat([header(withVideo), cluster]) : cluster;
  }
}
