import type { Feedback } from '@contract/review';
import { clock } from './format';

/** Duration against the target: a bar with the target marked and the on-target band around it. */
export function TimingBar({ timing }: { timing: Feedback['timing'] }) {
  const { durationSeconds, targetSeconds, tolerance, verdict } = timing;
  if (targetSeconds === null || verdict === 'no-target') {
    return <p>You spoke for {clock(durationSeconds)}; this question has no time target.</p>;
  }
  const scale = Math.max(durationSeconds, targetSeconds * (1 + tolerance)) * 1.1;
  const at = (seconds: number) => `${Math.min(100, (seconds / scale) * 100)}%`;
  const delta = Math.round(Math.abs(durationSeconds - targetSeconds));
  const summary =
    verdict === 'on'
      ? `on target (±${Math.round(tolerance * 100)}%)`
      : `${delta} s ${verdict === 'over' ? 'over' : 'under'} the target`;
  return (
    <div className="timing">
      <p>
        <strong>{clock(durationSeconds)}</strong> of a {clock(targetSeconds)} target:{' '}
        <span className={`timing-${verdict}`}>{summary}</span>
      </p>
      <div
        className="timing-bar"
        role="meter"
        aria-label="Duration against the target"
        aria-valuemin={0}
        aria-valuemax={Math.round(scale)}
        aria-valuenow={Math.round(durationSeconds)}
        aria-valuetext={`${clock(durationSeconds)}, target ${clock(targetSeconds)}`}
      >
        <div
          className="timing-band"
          style={{ left: at(targetSeconds * (1 - tolerance)), width: at(targetSeconds * tolerance * 2) }}
        />
        <div className={`timing-fill timing-${verdict}`} style={{ width: at(durationSeconds) }} />
        <div
          className="timing-target"
          data-testid="timing-target"
          style={{ left: at(targetSeconds) }}
          title={`Target ${clock(targetSeconds)}`}
        />
      </div>
    </div>
  );
}
