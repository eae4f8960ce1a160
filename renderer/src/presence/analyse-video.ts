import type { PresenceFrame, PresenceTrack } from '@contract/presence';
import { PresenceWorker } from './presence-worker-client';

/** Two frames a second: enough to place a glance away to the half second, at under a fifth of a 2-minute take's length. */
export const PRESENCE_STEP_SECONDS = 0.5;
// Frames are sampled at 320 px wide: the face detector works at 128-256 px, so more only costs time.
const sampleWidth = 320;
const seekTimeoutMs = 10_000;

/** The video could not be opened or decoded: its presence is "not enough to measure". */
export class UnreadableVideo extends Error {}

function once<T extends Event>(target: EventTarget, name: string, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new UnreadableVideo(`the video did not answer (${name})`));
    }, ms);
    const onEvent = (event: Event) => {
      cleanup();
      resolve(event as T);
    };
    const onError = () => {
      cleanup();
      reject(new UnreadableVideo('the video could not be decoded'));
    };
    const cleanup = () => {
      clearTimeout(timer);
      target.removeEventListener(name, onEvent);
      target.removeEventListener('error', onError);
    };
    target.addEventListener(name, onEvent);
    target.addEventListener('error', onError);
  });
}

/**
 * Samples a take's video every half second and runs the face models on each frame in a web worker. The page's own
 * thread only seeks the video and hands over each frame, so the review stays responsive while it runs.
 */
export async function analyseVideo(
  url: string,
  /** The take's length as recorded: a recorder's WebM may not state its own. */
  durationSeconds: number,
  options: { signal?: AbortSignal; onProgress?: (share: number) => void; base?: string } = {},
): Promise<PresenceTrack> {
  const video = document.createElement('video');
  video.muted = true;
  video.preload = 'auto';
  video.playsInline = true;
  const worker = new PresenceWorker();
  try {
    const loaded = once(video, 'loadeddata', seekTimeoutMs);
    video.src = url;
    await loaded;
    if (!video.videoWidth || !video.videoHeight) throw new UnreadableVideo('the recording has no picture');
    const duration = Number.isFinite(video.duration) && video.duration > 0 ? video.duration : durationSeconds;
    await worker.init(options.base);
    const height = Math.round((sampleWidth * video.videoHeight) / video.videoWidth);
    const frames: PresenceFrame[] = [];
    for (let t = 0; t < duration; t += PRESENCE_STEP_SECONDS) {
      if (options.signal?.aborted) throw new DOMException('stopped', 'AbortError');
      const seeked = once(video, 'seeked', seekTimeoutMs);
      video.currentTime = t;
      await seeked;
      const bitmap = await createImageBitmap(video, { resizeWidth: sampleWidth, resizeHeight: height });
      frames.push(await worker.frame(Math.round(t * 10) / 10, bitmap));
      options.onProgress?.(Math.min(1, t / duration));
    }
    return { stepSeconds: PRESENCE_STEP_SECONDS, frames };
  } finally {
    worker.stop();
    video.removeAttribute('src');
    video.load();
  }
}
