import { useState } from 'react';
import { insecureKeyMessage, keyMayTravelTo, serverOrigin } from '@contract/server-address';

/**
 * The API key of one server: the one the feature's address points at. Each
 * server keeps its own key, so typing another address shows that server's
 * key (or none), never the previous server's.
 */
export function ServerKeyField(props: {
  /** The key input's test id; the saved state and the refusal add -state and -refused. */
  testId: string;
  /** The feature's saved server address. */
  address: string;
  keySet: boolean;
  storageWarning: string | null;
  onSave: (key: string | null) => Promise<unknown>;
}) {
  const server = serverOrigin(props.address);
  // A half-typed key belongs to the server it was typed for: another address starts empty.
  const [typed, setTyped] = useState({ server, key: '' });
  const key = typed.server === server ? typed.key : '';
  const setKey = (value: string) => setTyped({ server, key: value });
  if (!server) return null;
  const allowed = keyMayTravelTo(props.address);
  const save = (value: string | null) => void props.onSave(value).then(() => setKey(''));
  return (
    <label>
      API key for {server} <span data-testid={`${props.testId}-state`}>{props.keySet ? '(saved)' : '(not set)'}</span>
      {allowed ? (
        <span className="inline-field">
          <input
            type="password"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            autoComplete="off"
            data-testid={props.testId}
          />
          <button type="button" disabled={!key.trim()} onClick={() => save(key.trim())}>
            Save key
          </button>
          <button type="button" disabled={!props.keySet} onClick={() => save(null)}>
            Forget key
          </button>
        </span>
      ) : (
        <span className="field-warning" role="status" data-testid={`${props.testId}-refused`}>
          {insecureKeyMessage(props.address)}
          {props.keySet && (
            <button type="button" onClick={() => save(null)}>
              Forget key
            </button>
          )}
        </span>
      )}
      {allowed && props.storageWarning && <span className="field-hint">{props.storageWarning}</span>}
    </label>
  );
}
