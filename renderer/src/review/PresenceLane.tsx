import { Link } from 'react-router';
import type { PresenceView } from '@contract/presence';
import type { PresenceProgress } from '../presence/use-presence-analysis';
import { clock } from './format';

type Measured = Extract<PresenceView, { status: 'measured' }>;
const height = 16;
const percent = (share: number) => `${Math.round(share * 100)}%`;

function summary(presence: Measured): string {
  const away = presence.lookingAway.map((s) => `${clock(s.start)}–${clock(s.end)}`).join(', ');
  return (
    `Camera: face in frame ${percent(presence.faceShare)}, looking at the camera ${percent(presence.lookingShare)}` +
    (away ? `; away from ${away}` : '')
  );
}

/**
 * The camera lane under the voice lane: stretches looking away shaded, stretches without a face in frame darker.
 * Only what the camera can observe about framing and gaze is shown, never a judgement about the person.
 */
export function PresenceLane(props: {
  presence: PresenceView | null | undefined;
  progress: PresenceProgress;
  duration: number;
  onSeek(seconds: number): void;
}) {
  const { presence, progress, duration, onSeek } = props;
  if (presence === undefined) return null;
  if (presence?.status === 'off') {
    return (
      <p className="voice-lane muted" data-testid="presence-off">
        Camera presence is off, so this take&rsquo;s video is not measured.{' '}
        <Link to="/settings">Turn it on in Settings → Scoring norms</Link>.
      </p>
    );
  }
  if (progress.state === 'failed') {
    return (
      <p className="voice-lane muted" data-testid="presence-lane">
        Camera: could not be measured on this computer ({progress.message}). It is tried again next time.
      </p>
    );
  }
  if (presence === null) {
    return (
      <p className="voice-lane muted" data-testid="presence-lane" role="status">
        Camera: measuring framing and gaze
        {progress.state === 'measuring' ? ` (${percent(progress.share)})` : ''}…
      </p>
    );
  }
  if (presence.status !== 'measured') {
    return (
      <p className="voice-lane muted" data-testid="presence-lane">
        Camera: not enough to measure. {presence.reason}
      </p>
    );
  }
  const { states, stepSeconds } = presence.lane;
  const width = Math.max(duration, states.length * stepSeconds, 0.1);
  return (
    <div className="voice-lane" data-testid="presence-lane">
      <span className="lane-label" title="Only framing and where you faced: never emotion or any judgement about you.">
        Camera
      </span>
      <svg
        className="presence-svg"
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={summary(presence)}
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          if (box.width > 0) onSeek(((event.clientX - box.left) / box.width) * width);
        }}
      >
        {states.map((state, k) =>
          state === 'looking' ? null : (
            <rect
              key={k}
              className={`presence-${state}`}
              x={k * stepSeconds}
              y={0}
              width={stepSeconds}
              height={height}
              data-testid={`presence-${state}`}
            />
          ),
        )}
      </svg>
    </div>
  );
}
