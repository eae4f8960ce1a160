import { useEffect, useState } from 'react';
import type { PresenceTrack } from '@contract/presence';
import type { Review } from '@contract/review';
import { analyseVideo, UnreadableVideo } from './analyse-video';

export type PresenceProgress =
  { state: 'idle' } | { state: 'measuring'; share: number } | { state: 'failed'; message: string };

/**
 * Measures camera presence once for a video take that has none stored yet, and stores it; the review then shows it
 * from the store on every later visit. An unreadable video is stored as such ("not enough to measure"); a failure of
 * the models themselves is shown and stores nothing, so the next visit tries again.
 */
export function usePresenceAnalysis(
  review: Review | null,
  mediaUrl: (file: string) => string,
  save: (track: PresenceTrack | null) => Promise<unknown>,
): PresenceProgress {
  const [progress, setProgress] = useState<PresenceProgress>({ state: 'idle' });
  const take = review?.take;
  const needed =
    !!take?.videoFile && (take.status === 'recorded' || take.status === 'recovered') && review?.presence === null;
  useEffect(() => {
    if (!needed || !take?.videoFile) return;
    const controller = new AbortController();
    analyseVideo(mediaUrl(take.videoFile), (take.durationMs ?? 0) / 1000, {
      signal: controller.signal,
      onProgress: (share) => setProgress({ state: 'measuring', share }),
    })
      .then(
        (track) => save(track),
        (error: unknown) => {
          if (controller.signal.aborted) return;
          if (error instanceof UnreadableVideo) return save(null);
          throw error;
        },
      )
      .then(
        () => !controller.signal.aborted && setProgress({ state: 'idle' }),
        (error: unknown) =>
          !controller.signal.aborted &&
          setProgress({ state: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    return () => controller.abort();
    // One analysis per take: the review's other changes (scores landing) must not restart it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [needed, take?.id]);
  return progress;
}
