import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { useApiQuery } from '../../api/use-api-query';
import { formatBytes } from '../settings/format-bytes';

/**
 * First run: transcription cannot run yet. Practice goes on regardless (takes
 * wait in the queue); this says what is missing and offers the quickest fix.
 */
export function TranscriptionNotice() {
  const status = useApiQuery('transcription.status', {}, ['settings', 'jobs']);
  const [started, setStarted] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (status.status !== 'ready' || !status.data.blocker) return null;
  const { blocker, recommendedModel, queuedJobs } = status.data;
  const waiting = queuedJobs > 0 ? ` ${queuedJobs} ${queuedJobs === 1 ? 'take is' : 'takes are'} waiting.` : '';

  const download = () => {
    setError(null);
    api.call('transcription.models.download', { name: recommendedModel.name }).then(
      () => setStarted(true),
      (e: unknown) => setError(describeError(e).message),
    );
  };

  return (
    <section className="panel notice" role="status" data-testid="transcription-notice">
      {blocker === 'MODEL_MISSING' && (
        <>
          <p>
            You can practise now; to get transcripts and feedback, Rehearse needs a speech model on this computer. We
            recommend <strong>{recommendedModel.name}</strong> ({formatBytes(recommendedModel.sizeBytes)}).{waiting}
          </p>
          {started ? (
            <p>
              Downloading… follow it in <Link to="/settings">Settings</Link>.
            </p>
          ) : (
            <p className="page-actions">
              <button type="button" className="primary" onClick={download}>
                Download {recommendedModel.name}
              </button>
              <Link to="/settings">Or use a cloud engine instead</Link>
            </p>
          )}
        </>
      )}
      {blocker === 'API_KEY_MISSING' && (
        <p>
          The cloud engine needs an API key before it can transcribe.{waiting}{' '}
          <Link to="/settings">Add it in Settings</Link>
        </p>
      )}
      {blocker === 'ENGINE_MISSING' && (
        <p>
          The local speech engine was not built on this computer (it needs cmake and a C++ compiler; then run{' '}
          <code>npm run build:whisper</code>). <Link to="/settings">Use a cloud engine instead</Link>.{waiting}
        </p>
      )}
      {error && <p className="field-warning">{error}</p>}
    </section>
  );
}
