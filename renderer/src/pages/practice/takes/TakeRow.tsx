import { useState } from 'react';
import type { Take } from '@contract/takes';
import { api } from '../../../api/client';
import { describeError } from '../../../api/describe-error';
import { formatClock } from '../session/practice-state';
import './takes.css';

const statusLabel: Record<Take['status'], string> = {
  recording: 'recording…',
  recorded: '',
  recovered: 'recovered after a crash',
  failed: 'could not be saved',
};

/** One take: play it, rename it, delete it (with its files, after asking). */
export function TakeRow(props: { take: Take; index: number }) {
  const { take } = props;
  const [mode, setMode] = useState<'idle' | 'playing' | 'renaming' | 'confirm-delete'>('idle');
  const [draft, setDraft] = useState(take.name);
  const [error, setError] = useState<string | null>(null);
  const label = take.name || `Take ${props.index}`;
  const media = take.videoFile ?? take.audioFile;

  const run = (work: Promise<unknown>) =>
    work.then(
      () => setMode('idle'),
      (e: unknown) => setError(describeError(e).message),
    );

  return (
    <li className="card take-row" data-testid="take">
      <div className="take-row-head">
        <strong>{label}</strong>
        <span className="muted">
          {take.durationMs !== null ? formatClock(take.durationMs) : '–'} · {new Date(take.startedAt).toLocaleString()}
          {statusLabel[take.status] && ` · ${statusLabel[take.status]}`}
        </span>
        <span className="take-row-actions">
          {media && (
            <button type="button" onClick={() => setMode(mode === 'playing' ? 'idle' : 'playing')}>
              {mode === 'playing' ? 'Close' : 'Play'}
            </button>
          )}
          <button type="button" onClick={() => setMode('renaming')}>
            Rename
          </button>
          <button type="button" className="danger" onClick={() => setMode('confirm-delete')}>
            Delete
          </button>
        </span>
      </div>
      {mode === 'playing' && media && (
        <video className="take-player" src={api.mediaUrl(media)} controls autoPlay data-testid="take-player" />
      )}
      {mode === 'renaming' && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void run(api.call('takes.rename', { takeId: take.id, name: draft }));
          }}
        >
          <label>
            Name <input value={draft} maxLength={200} onChange={(event) => setDraft(event.target.value)} autoFocus />
          </label>
          <button type="submit">Save</button>
          <button type="button" onClick={() => setMode('idle')}>
            Cancel
          </button>
        </form>
      )}
      {mode === 'confirm-delete' && (
        <div role="alertdialog" aria-label={`Delete ${label}`}>
          Delete {label} and its recording?{' '}
          <button
            type="button"
            className="danger"
            onClick={() => void run(api.call('takes.delete', { takeId: take.id }))}
          >
            Delete
          </button>
          <button type="button" onClick={() => setMode('idle')}>
            Keep
          </button>
        </div>
      )}
      {error && <p role="alert">{error}</p>}
    </li>
  );
}
