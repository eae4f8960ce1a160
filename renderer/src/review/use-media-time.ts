import { useEffect, useState } from 'react';

/**
 * The media element's position, read every animation frame while it plays:
 * `timeupdate` alone fires only about four times a second, too coarse for a
 * word-by-word highlight.
 */
export function useMediaTime(media: HTMLMediaElement | null): number {
  const [time, setTime] = useState(0);
  useEffect(() => {
    if (!media) return;
    let frame: number | null = null;
    const read = () => setTime(media.currentTime);
    const tick = () => {
      read();
      frame = requestAnimationFrame(tick);
    };
    const start = () => {
      if (frame === null) frame = requestAnimationFrame(tick);
    };
    const stop = () => {
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
      read();
    };
    const readEvents = ['timeupdate', 'seeking', 'seeked', 'loadedmetadata'] as const;
    for (const name of readEvents) media.addEventListener(name, read);
    media.addEventListener('play', start);
    media.addEventListener('pause', stop);
    media.addEventListener('ended', stop);
    if (!media.paused) start();
    read();
    return () => {
      if (frame !== null) cancelAnimationFrame(frame);
      for (const name of readEvents) media.removeEventListener(name, read);
      media.removeEventListener('play', start);
      media.removeEventListener('pause', stop);
      media.removeEventListener('ended', stop);
    };
  }, [media]);
  return time;
}

/** The media's length once known (MediaRecorder WebM files report it only after they were made seekable). */
export function useMediaDuration(media: HTMLMediaElement | null, fallback: number): number {
  const [duration, setDuration] = useState<number | null>(null);
  useEffect(() => {
    if (!media) return;
    const read = () => setDuration(Number.isFinite(media.duration) && media.duration > 0 ? media.duration : null);
    media.addEventListener('durationchange', read);
    media.addEventListener('loadedmetadata', read);
    read();
    return () => {
      media.removeEventListener('durationchange', read);
      media.removeEventListener('loadedmetadata', read);
    };
  }, [media]);
  return duration ?? fallback;
}
