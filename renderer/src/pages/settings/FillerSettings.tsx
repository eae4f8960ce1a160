import { useState } from 'react';
import type { FillerWordsSetting } from '@contract/settings';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';

const without = (list: readonly string[], item: string) => list.filter((entry) => entry !== item);

/** The words counted as fillers: built-in ones can be switched off, the user's own added and removed. */
export function FillerSettings(props: { onError: (message: string | null) => void }) {
  const fillers = useApiQuery('settings.fillers.get', {}, ['settings']);
  const [draft, setDraft] = useState('');
  const [note, setNote] = useState<string | null>(null);

  const save = (change: FillerWordsSetting, after?: () => void) => {
    props.onError(null);
    setNote(null);
    api.call('settings.fillers.update', change).then(
      () => {
        after?.();
        fillers.reload();
      },
      (e: unknown) => props.onError(describeError(e).message),
    );
  };

  return (
    <section className="panel settings-form" id="settings-fillers" aria-labelledby="settings-fillers-title">
      <h2 id="settings-fillers-title">Filler words</h2>
      <p className="muted">
        Later takes are counted with this list; earlier scores keep the list they were given. &ldquo;like&rdquo;,
        &ldquo;actually&rdquo; and the other built-in words count only where they are fillers; words you add count
        wherever they are said.
      </p>
      {fillers.status === 'loading' && <Loading />}
      {fillers.status === 'error' && <ErrorNotice message={fillers.message} onRetry={fillers.reload} />}
      {fillers.status === 'ready' &&
        (() => {
          const { builtIn, added, removed } = fillers.data;
          const add = () => {
            const phrase = draft.trim().toLowerCase().replace(/\s+/g, ' ');
            if (!phrase) return;
            const clear = () => setDraft('');
            if (removed.includes(phrase)) save({ added, removed: without(removed, phrase) }, clear);
            else if (builtIn.includes(phrase) || added.includes(phrase)) setNote(`"${phrase}" is already counted.`);
            else save({ added: [...added, phrase], removed }, clear);
          };
          return (
            <>
              <fieldset>
                <legend>Built in</legend>
                <div className="filler-list" data-testid="filler-built-in">
                  {builtIn.map((word) => (
                    <label key={word} className="checkbox">
                      <input
                        type="checkbox"
                        checked={!removed.includes(word)}
                        onChange={(e) =>
                          save({ added, removed: e.target.checked ? without(removed, word) : [...removed, word] })
                        }
                      />
                      {word}
                    </label>
                  ))}
                </div>
              </fieldset>
              <fieldset>
                <legend>Your own</legend>
                {added.length === 0 && <p className="muted">None yet.</p>}
                <ul className="filler-list" data-testid="filler-added">
                  {added.map((phrase) => (
                    <li key={phrase}>
                      {phrase}{' '}
                      <button
                        type="button"
                        aria-label={`Stop counting "${phrase}"`}
                        onClick={() => save({ added: without(added, phrase), removed })}
                      >
                        Remove
                      </button>
                    </li>
                  ))}
                </ul>
                <form
                  className="inline-field"
                  onSubmit={(e) => {
                    e.preventDefault();
                    add();
                  }}
                >
                  <input
                    aria-label="Filler word or phrase"
                    placeholder='e.g. "pretty much" or "right?"'
                    maxLength={40}
                    value={draft}
                    data-testid="filler-input"
                    onChange={(e) => setDraft(e.target.value)}
                  />
                  <button type="submit">Add</button>
                </form>
                <span className="field-hint">
                  Up to four words. End with &ldquo;?&rdquo; to count it only when said as a question
                  (&ldquo;right?&rdquo;).
                </span>
                {note && <p className="field-hint">{note}</p>}
              </fieldset>
              <button type="button" onClick={() => save({ added: [], removed: [] })}>
                Back to the default fillers
              </button>
            </>
          );
        })()}
    </section>
  );
}
