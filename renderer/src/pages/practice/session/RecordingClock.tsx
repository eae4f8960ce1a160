import { clockTone, formatClock } from './practice-state';

const toneLabel = { ok: '', near: 'nearly at the target', over: 'past the target' };

/** Elapsed time against the question's target: amber from 80 %, red past 100 %. */
export function RecordingClock(props: { elapsedMs: number; targetSeconds: number }) {
  const tone = clockTone(props.elapsedMs, props.targetSeconds);
  return (
    <div className={`practice-clock practice-clock-${tone}`} data-testid="clock" data-tone={tone}>
      <span className="practice-clock-time" aria-live="off">
        {formatClock(props.elapsedMs)}
      </span>
      <span className="practice-clock-target">/ {formatClock(props.targetSeconds * 1000)} target</span>
      {tone !== 'ok' && <span className="visually-hidden">{toneLabel[tone]}</span>}
    </div>
  );
}
