import type { ReviewMark } from '@contract/review';
import { clock, secondsLabel } from './format';

const kindLabel: Record<ReviewMark['kind'], string> = {
  filler: 'Filler',
  hedge: 'Hedge',
  repeat: 'Repeated',
  pause: 'Pause',
};

function describe(mark: ReviewMark): string {
  if (mark.kind === 'pause') return `Pause of ${secondsLabel(mark.end - mark.start)} at ${clock(mark.start)}`;
  return `${kindLabel[mark.kind]} “${mark.text}” at ${clock(mark.start)}`;
}

/** The take's length with its fillers, hedges and pauses marked; the slider and each mark seek. */
export function Timeline(props: {
  duration: number;
  time: number;
  marks: readonly ReviewMark[];
  onSeek(seconds: number): void;
}) {
  const { duration, time, marks, onSeek } = props;
  const percent = (seconds: number) => `${duration > 0 ? Math.min(100, Math.max(0, (seconds / duration) * 100)) : 0}%`;
  return (
    <div className="timeline" data-testid="timeline">
      <div className="timeline-marks">
        {marks.map((mark) => (
          <button
            type="button"
            key={`${mark.kind}-${mark.wordIndex}-${mark.start}`}
            className={`timeline-mark ${mark.kind}`}
            style={{
              left: percent(mark.start),
              width: mark.kind === 'pause' ? percent(mark.end - mark.start) : undefined,
            }}
            aria-label={describe(mark)}
            title={describe(mark)}
            onClick={() => onSeek(mark.start)}
          />
        ))}
      </div>
      <input
        type="range"
        className="timeline-slider"
        aria-label="Position"
        min={0}
        max={Math.max(duration, 0.1)}
        step={0.1}
        value={Math.min(time, duration)}
        aria-valuetext={`${clock(time)} of ${clock(duration)}`}
        onChange={(event) => onSeek(Number(event.target.value))}
      />
      <span className="timeline-clock">
        {clock(time)} / {clock(duration)}
      </span>
    </div>
  );
}
