import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { ReviewMark, ReviewTranscript, VoiceView } from '@contract/review';
import { playMedia, seekMedia, setMediaRate } from './media-control';
import { PlaybackControls } from './PlaybackControls';
import { Timeline } from './Timeline';
import { TranscriptView } from './TranscriptView';
import { VoiceLane } from './VoiceLane';
import { activeWordIndex, buildTokens } from './transcript-model';
import { useMediaDuration, useMediaTime } from './use-media-time';
import { playbackSpeeds, usePlayerKeys, type PlayerKeyActions } from './use-player-keys';

export interface ReviewPlayerProps {
  /** URL of the recording; video when the take has a camera track. */
  src: string | null;
  kind: 'video' | 'audio';
  durationSeconds: number;
  transcript: ReviewTranscript | null;
  marks: readonly ReviewMark[];
  /** Pitch and volume for the voice lane; absent on takes scored before they were measured. */
  voice?: VoiceView;
  highlighted: ReadonlySet<number>;
  /** Further lanes under the voice lane (the camera's), drawn on the player's clock. */
  lanes?: (duration: number, onSeek: (seconds: number) => void) => ReactNode;
  /** Title and actions above the transcript. */
  transcriptHeader?: ReactNode;
  /** Replaces the transcript (e.g. with the editor) while keeping the player. */
  transcriptSlot?: ReactNode;
  /** The transcript is about to be replaced by a new transcription: shown, but dimmed. */
  transcriptSuperseded?: boolean;
}

/** The recording with its timeline and the transcript beside it, all on one clock. */
export function ReviewPlayer(props: ReviewPlayerProps) {
  const [media, setMedia] = useState<HTMLMediaElement | null>(null);
  const [speed, setSpeed] = useState<number>(1);
  const [playing, setPlaying] = useState(false);
  const time = useMediaTime(media);
  const duration = useMediaDuration(media, props.durationSeconds);
  const words = useMemo(() => props.transcript?.words ?? [], [props.transcript]);
  const tokens = useMemo(() => buildTokens(words, props.marks), [words, props.marks]);
  const activeIndex = activeWordIndex(words, time);

  useEffect(() => {
    if (!media) return;
    const sync = () => setPlaying(!media.paused);
    media.addEventListener('play', sync);
    media.addEventListener('pause', sync);
    media.addEventListener('ended', sync);
    return () => {
      media.removeEventListener('play', sync);
      media.removeEventListener('pause', sync);
      media.removeEventListener('ended', sync);
    };
  }, [media]);

  useEffect(() => {
    if (!media) return;
    setMediaRate(media, speed);
  }, [media, speed]);

  const seek = useCallback(
    (seconds: number) => {
      if (media) seekMedia(media, seconds);
    },
    [media],
  );

  const actions = useMemo<PlayerKeyActions | null>(() => {
    if (!media) return null;
    const play = () => playMedia(media);
    return {
      play,
      toggle: () => (media.paused ? play() : media.pause()),
      jump: (seconds) => seek(media.currentTime + seconds),
      faster: () => setSpeed((current) => playbackSpeeds.find((s) => s > current) ?? current),
      isPlaying: () => !media.paused,
    };
  }, [media, seek]);
  usePlayerKeys(actions);

  return (
    <div className="review-player">
      <div className="review-media">
        {props.src ? (
          props.kind === 'video' ? (
            <video ref={setMedia} src={props.src} preload="metadata" playsInline data-testid="review-media" />
          ) : (
            <audio ref={setMedia} src={props.src} preload="metadata" data-testid="review-media" />
          )
        ) : (
          <p className="muted">The recording of this take is missing.</p>
        )}
        <PlaybackControls playing={playing} speed={speed} onToggle={() => actions?.toggle()} onSpeed={setSpeed} />
        <Timeline duration={duration} time={time} marks={props.marks} onSeek={seek} />
        <VoiceLane voice={props.voice} duration={duration} onSeek={seek} />
        {props.lanes?.(duration, seek)}
      </div>
      <section className="review-transcript panel" aria-label="Transcript">
        {props.transcriptHeader}
        {props.transcriptSlot ?? (
          <div className={props.transcriptSuperseded ? 'superseded' : undefined}>
            <TranscriptView tokens={tokens} activeIndex={activeIndex} highlighted={props.highlighted} onSeek={seek} />
          </div>
        )}
      </section>
    </div>
  );
}
