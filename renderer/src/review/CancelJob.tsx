import { useState } from 'react';
import { useFormAction } from '../components/use-form-action';

/**
 * Stops the take's queued or running transcription. A running engine takes a
 * moment to stop, so once asked the button stays "Canceling…" until the stage
 * moves on; a refusal (say the job just finished) is shown as words.
 */
export function CancelJob(props: { jobId: string; onCancel(jobId: string): Promise<void> }) {
  const [asked, setAsked] = useState(false);
  const { busy, error, run } = useFormAction(() => setAsked(true));
  return (
    <div className="stage-actions">
      <button type="button" disabled={busy || asked} onClick={() => void run(() => props.onCancel(props.jobId))}>
        {busy || asked ? 'Canceling…' : 'Cancel'}
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
