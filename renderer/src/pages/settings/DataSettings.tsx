import { useState } from 'react';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { useApiQuery } from '../../api/use-api-query';
import { Loading } from '../../components/Loading';

/** Where everything lives, and the way to remove all of it. */
export function DataSettings() {
  const info = useApiQuery('app.info', {});
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const [result, setResult] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const remove = () => {
    setBusy(true);
    api.call('settings.deleteAllData', { confirm: 'DELETE' }).then(
      ({ filesRemoved }) => {
        setBusy(false);
        setConfirming(false);
        setTyped('');
        setResult(`All your data was deleted (${filesRemoved} recording files removed).`);
      },
      (e: unknown) => {
        setBusy(false);
        setResult(describeError(e).message);
      },
    );
  };
  return (
    <section className="panel" id="settings-data" aria-labelledby="settings-data-title">
      <h2 id="settings-data-title">Your data</h2>
      {info.status === 'ready' ? (
        <p>
          Everything is stored on this computer in <code data-testid="data-dir">{info.data.dataDir}</code>. Nothing
          leaves it unless you turn on a cloud engine. Rehearse {info.data.version}.
        </p>
      ) : (
        <Loading />
      )}
      {result && <p role="status">{result}</p>}
      {!confirming ? (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Delete all my data…
        </button>
      ) : (
        <div className="danger-zone" role="alertdialog" aria-labelledby="delete-title" aria-describedby="delete-body">
          <h3 id="delete-title">Delete all your data?</h3>
          <p id="delete-body">
            This removes every deck, take, recording, transcript, score, mock interview and setting, and cannot be
            undone. Downloaded speech models are kept. Type <strong>DELETE</strong> to confirm.
          </p>
          <input
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            aria-label="Type DELETE to confirm"
            data-testid="delete-confirm"
            autoFocus
          />
          <div className="page-actions">
            <button type="button" className="danger" disabled={typed !== 'DELETE' || busy} onClick={remove}>
              Delete everything
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Cancel
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
