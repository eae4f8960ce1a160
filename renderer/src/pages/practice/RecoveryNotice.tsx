import { useEffect, useState } from 'react';
import type { RecoveryReport } from '@contract/recording';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { recoverOnce } from './recovery-check';

/** Tells the user what a crash left behind; unusable files are deleted only when they say so. */
export function RecoveryNotice() {
  const [report, setReport] = useState<RecoveryReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    recoverOnce().then(setReport, (e: unknown) => setError(describeError(e).message));
  }, []);
  if (error) return <p role="alert">{error}</p>;
  if (!report || (report.recovered.length === 0 && report.leftovers.length === 0)) return null;

  const bytes = report.leftovers.reduce((sum, l) => sum + l.bytes, 0);
  const discard = () =>
    api.call('recording.discardLeftovers', { ids: report.leftovers.map((l) => l.id) }).then(
      () => setReport({ ...report, leftovers: [] }),
      (e: unknown) => setError(describeError(e).message),
    );
  return (
    <section className="panel" role="status" data-testid="recovery">
      {report.recovered.length > 0 && (
        <p>
          Rehearse closed while recording.{' '}
          {report.recovered.length === 1 ? 'One take was' : `${report.recovered.length} takes were`} recovered and kept
          (marked “recovered”).
        </p>
      )}
      {report.leftovers.length > 0 && (
        <p>
          {report.leftovers.length} unfinished recording file{report.leftovers.length === 1 ? '' : 's'} (
          {(bytes / 1024 / 1024).toFixed(1)} MB) could not be used.{' '}
          <button type="button" className="danger" onClick={() => void discard()}>
            Delete them
          </button>
        </p>
      )}
    </section>
  );
}
