import { useState } from 'react';
import { Link } from 'react-router';
import type { EngineChoice, EngineId } from '@contract/transcription';
import type { QueryState } from '../api/use-api-query';
import { ErrorNotice } from '../components/ErrorNotice';
import { useFormAction } from '../components/use-form-action';

export interface EngineChoices {
  /** The engine chosen in Settings, offered first. */
  chosen: EngineId;
  engines: readonly EngineChoice[];
}

interface TranscribeAgainProps {
  engines: QueryState<EngineChoices>;
  /** The transcript carries the user's corrections. */
  edited: boolean;
  onStart(engine: EngineId): Promise<void>;
  onClose(): void;
}

function label(choice: EngineChoice): string {
  return choice.engine === 'local' ? `On this computer (whisper.cpp, ${choice.model})` : 'OpenAI / compatible server';
}

function reason(choice: EngineChoice): string | null {
  switch (choice.blocker) {
    case 'ENGINE_MISSING':
      return 'whisper.cpp is not built on this computer (it needs cmake and a C++ compiler, then npm run build:whisper).';
    case 'MODEL_MISSING':
      return `The speech model ${choice.model} is not installed; download it in Settings.`;
    case 'API_KEY_MISSING':
      return 'Not set up: OpenAI needs an API key. Add it in Settings, or point the engine at a compatible server.';
    case null:
      // Audio leaves the computer only with this engine; say where it goes before it does.
      return choice.server ? `Sends this take's audio to ${hostOf(choice.server)} (model ${choice.model}).` : null;
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** Runs a take through an engine again, chosen for this take only; Settings keep their engine. */
export function TranscribeAgain({ engines, edited, onStart, onClose }: TranscribeAgainProps) {
  const [picked, setPicked] = useState<EngineId | null>(null);
  const { busy, error, run } = useFormAction(onClose);
  const choices = engines.status === 'ready' ? engines.data.engines : [];
  const usable = choices.filter((choice) => choice.blocker === null);
  const chosen = engines.status === 'ready' ? engines.data.chosen : null;
  const fallback = usable.find((choice) => choice.engine === chosen) ?? usable[0];
  const selected = picked ?? fallback?.engine ?? null;

  const start = () => (selected ? run(() => onStart(selected)) : Promise.resolve());

  return (
    <form
      className="transcribe-again"
      aria-label="Transcribe again"
      onSubmit={(event) => {
        event.preventDefault();
        void start();
      }}
    >
      <fieldset disabled={busy}>
        <legend>Transcribe this take again with</legend>
        {engines.status === 'loading' && <p className="muted">Checking the engines…</p>}
        {engines.status === 'error' && <ErrorNotice message={engines.message} />}
        {choices.map((choice) => {
          const note = reason(choice);
          const hintId = `engine-hint-${choice.engine}`;
          return (
            <div key={choice.engine} className="engine-choice">
              <label>
                <input
                  type="radio"
                  name="engine"
                  value={choice.engine}
                  checked={selected === choice.engine}
                  disabled={choice.blocker !== null}
                  aria-describedby={note ? hintId : undefined}
                  onChange={() => setPicked(choice.engine)}
                />
                {label(choice)}
              </label>
              {note && (
                <span id={hintId} className="field-hint">
                  {note}
                  {choice.blocker && (
                    <>
                      {' '}
                      <Link to="/settings">Settings</Link>
                    </>
                  )}
                </span>
              )}
            </div>
          );
        })}
      </fieldset>
      {edited && (
        <p className="correction-note" role="note">
          You corrected this transcript, and your correction wins over a newer machine transcript: it stays, and it is
          what gets scored. To see the new machine words once they are in, choose Correct, then Restore the original.
        </p>
      )}
      {error && <ErrorNotice message={error} />}
      <div className="editor-actions">
        <button type="submit" className="primary" disabled={busy || !selected}>
          {busy ? 'Queuing…' : 'Start transcribing'}
        </button>
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}
