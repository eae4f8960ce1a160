import { clockTone, formatClock } from './practice-state';

/**
 * Time spoken against the question's target, as a bar that fills with the clock and takes its colour:
 * amber from 80 %, red past the target (then it stays full).
 */
export function TargetBar(props: { elapsedMs: number; targetSeconds: number }) {
  const targetMs = props.targetSeconds * 1000;
  const elapsedMs = Math.max(0, props.elapsedMs);
  const tone = clockTone(elapsedMs, props.targetSeconds);
  const percent = Math.round(Math.min(1, elapsedMs / targetMs) * 100);
  return (
    <div
      className={`practice-target-bar practice-target-bar-${tone}`}
      role="progressbar"
      aria-label="Time against target"
      aria-valuemin={0}
      aria-valuemax={props.targetSeconds}
      aria-valuenow={Math.min(props.targetSeconds, Math.floor(elapsedMs / 1000))}
      aria-valuetext={`${formatClock(elapsedMs)} of ${formatClock(targetMs)}`}
      data-tone={tone}
      data-testid="target-bar"
    >
      <div className="practice-target-bar-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
