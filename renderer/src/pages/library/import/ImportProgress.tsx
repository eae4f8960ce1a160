import { useEffect, useState } from 'react';

export interface Reading {
  readonly importId: string;
  readonly label: string;
  readonly bytes: number;
  readonly startedAt: number;
}

const size = (bytes: number) =>
  bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1000))} kB`;

/**
 * Shown while a guide is read. A parse reports no fraction done, so the bar
 * moves without a value and the seconds count up; Cancel stops the reading
 * (the worker doing it is stopped) and nothing is saved.
 */
export function ImportProgress(props: { reading: Reading; canceling: boolean; onCancel(): void }) {
  const { reading } = props;
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.floor((now - reading.startedAt) / 1000));
  return (
    <section className="panel import-progress" role="status" aria-live="polite" data-testid="import-progress">
      <p>
        Reading {reading.label} ({size(reading.bytes)})… <span data-testid="import-elapsed">{seconds} s</span>
      </p>
      <progress aria-label="Reading the guide" />
      <div className="page-actions">
        <button type="button" data-testid="import-cancel" disabled={props.canceling} onClick={props.onCancel}>
          {props.canceling ? 'Canceling…' : 'Cancel'}
        </button>
      </div>
    </section>
  );
}
