import { useState } from 'react';
import { databaseProblemText, type DatabaseStatus, type RecoveryChoice } from '@contract';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { ErrorNotice } from '../../components/ErrorNotice';
import './database-recovery.css';

type Damaged = Extract<DatabaseStatus, { state: 'damaged' }>;

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What happened to the database, where it was kept, and the two ways forward. */
export function DatabaseRecoveryPage(props: { status: Damaged; onRecovered: (status: DatabaseStatus) => void }) {
  const { damage, latestBackup } = props.status;
  const [busy, setBusy] = useState<RecoveryChoice | null>(null);
  const [error, setError] = useState<string | null>(null);

  const recover = async (choice: RecoveryChoice) => {
    setBusy(choice);
    setError(null);
    try {
      props.onRecovered(await api.call('app.recoverDatabase', { choice }));
    } catch (caught) {
      setError(describeError(caught).message);
      setBusy(null);
    }
  };

  const extraFiles = damage.keptFiles.filter((file) => file !== damage.keptAt);
  return (
    <main className="database-recovery" data-testid="database-recovery">
      <h1>Rehearse could not use its database</h1>
      <p>{databaseProblemText[damage.problem]}</p>
      <section aria-labelledby="kept-heading">
        <h2 id="kept-heading">Nothing was deleted</h2>
        <p>The damaged file was moved aside and kept as it was, at:</p>
        <p>
          <code data-testid="kept-at">{damage.keptAt}</code>
        </p>
        {extraFiles.length > 0 && (
          <p className="database-recovery-note">
            With its companion {extraFiles.length === 1 ? 'file' : 'files'}: {extraFiles.join(', ')}
          </p>
        )}
      </section>
      <section aria-labelledby="next-heading">
        <h2 id="next-heading">What next</h2>
        <div className="database-recovery-choices">
          {latestBackup ? (
            <div>
              <button
                type="button"
                className="primary"
                disabled={busy !== null}
                onClick={() => void recover('restore')}
              >
                {busy === 'restore' ? 'Restoring…' : 'Restore the latest backup'}
              </button>
              <p className="database-recovery-note">
                From {dateTime.format(new Date(latestBackup.takenAt))}. Changes made after it are in the damaged file
                only.
              </p>
            </div>
          ) : (
            <p className="database-recovery-note">There is no automatic backup yet to restore.</p>
          )}
          <div>
            <button type="button" disabled={busy !== null} onClick={() => void recover('fresh')}>
              {busy === 'fresh' ? 'Starting…' : 'Start fresh'}
            </button>
            <p className="database-recovery-note">An empty library. Your recordings stay in their folder.</p>
          </div>
        </div>
      </section>
      {error && <ErrorNotice message={error} />}
      <details>
        <summary>What SQLite reported</summary>
        <pre>{damage.detail}</pre>
      </details>
    </main>
  );
}
