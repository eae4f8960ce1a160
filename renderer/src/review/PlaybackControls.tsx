import { playbackSpeeds } from './use-player-keys';

export function PlaybackControls(props: {
  playing: boolean;
  speed: number;
  onToggle(): void;
  onSpeed(speed: number): void;
}) {
  return (
    <div className="playback-controls">
      <button type="button" className="primary" onClick={props.onToggle} title="Space or K">
        {props.playing ? 'Pause' : 'Play'}
      </button>
      <div role="group" aria-label="Playback speed" className="speed-group">
        {playbackSpeeds.map((speed) => (
          <button
            type="button"
            key={speed}
            aria-pressed={props.speed === speed}
            className={props.speed === speed ? 'selected' : undefined}
            onClick={() => props.onSpeed(speed)}
          >
            {speed}×
          </button>
        ))}
      </div>
      <span className="muted key-hint">Space play/pause · ←/→ 5 s · J/K/L</span>
    </div>
  );
}
