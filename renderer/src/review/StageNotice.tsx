import type { ReviewStage } from '@contract/review';
import { errorWords } from '../api/error-words/error-words';
import { ErrorNotice } from '../components/ErrorNotice';
import { CancelJob } from './CancelJob';
import { etaLabel } from './format';

const failedStep = { recording: 'Recording', transcription: 'Transcription', scoring: 'Scoring' } as const;

/**
 * Where a take is on its way to feedback. Until the stage is "ready" this is
 * all the page shows of the results, so nothing half-computed passes for final.
 */
export function StageNotice(props: {
  stage: ReviewStage;
  etaSeconds: number | null;
  onRetry?: () => void;
  /** Without it (or before a job exists) the notice offers no cancel. */
  onCancel?: (jobId: string) => Promise<void>;
}) {
  const { stage, onCancel } = props;
  // Keyed by job so a new job gets a fresh button.
  const cancel = (jobId: string | null) =>
    jobId && onCancel ? <CancelJob key={jobId} jobId={jobId} onCancel={onCancel} /> : null;
  switch (stage.state) {
    case 'ready':
      return null;
    case 'recording':
      return <Status title="Still recording">This take is being recorded. Feedback follows when it stops.</Status>;
    case 'queued':
      return (
        <Status title="Waiting to be transcribed">
          The take is in the queue; transcription starts when the engine is free.
          {cancel(stage.jobId)}
        </Status>
      );
    case 'scoring':
      return <Status title="Scoring">Comparing your answer with the model answer and the time target…</Status>;
    case 'transcribing': {
      const percent = Math.round(stage.progress * 100);
      return (
        <Status title="Transcribing">
          <progress max={1} value={stage.progress} aria-label="Transcription progress" />
          <span>
            {percent}% · {etaLabel(props.etaSeconds)}
          </span>
          {cancel(stage.jobId)}
        </Status>
      );
    }
    case 'failed':
      // Only a take with no transcript stays canceled; one with a transcript goes back to it (see review-stage.ts).
      if (stage.step === 'transcription' && stage.code === 'CANCELED') {
        return (
          <Status title="Transcription canceled">
            This take has no transcript yet.
            {props.onRetry && (
              <div className="stage-actions">
                <button type="button" onClick={props.onRetry}>
                  Transcribe again
                </button>
              </div>
            )}
          </Status>
        );
      }
      return (
        <ErrorNotice
          message={`${failedStep[stage.step]} failed: ${errorWords(stage.code, stage.detail)}`}
          onRetry={stage.step === 'recording' ? undefined : props.onRetry}
        />
      );
  }
}

function Status(props: { title: string; children: React.ReactNode }) {
  return (
    <section className="panel stage-notice" role="status" aria-live="polite" data-testid="stage-notice">
      <h2>{props.title}</h2>
      <div className="stage-body">{props.children}</div>
    </section>
  );
}
