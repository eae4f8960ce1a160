import { useState } from 'react';
import { insecureKeyMessage, keyMayTravelTo, serverOrigin } from '../../../../electron/api/contract/server-address';

/**
 * The API key of one server: the one the feature's address points at. Each
 * server keeps its own key, so typing another address shows that server's
 * key (or none), never the previous server's.
 */
/** Said under an address field as soon as a typed address could not be given a key. */
export function AddressKeyWarning(props: { typed: string; saved: string }) {
  if (props.typed === props.saved || !serverOrigin(props.typed) || keyMayTravelTo(props.typed)) return null;
  return (
    <span className="field-warning" role="status">
      {insecureKeyMessage(props.typed)}
    </span>
  );
}

export function ServerKeyField(props: {
  /** Names the field and its test ids, e.g. "engine" or "coach". */
  name: string;
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
      API key for {server} <span data-testid={`${props.name}-key-state`}>{props.keySet ? '(saved)' : '(not set)'}</span>
      {allowed ? (
        <span className="inline-field">
          <input
            type="password"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            autoComplete="off"
            data-testid={`${props.name}-key`}
          />
          <button type="button" disabled={!key.trim()} onClick={() => save(key.trim())}>
            Save key
          </button>
          <button type="button" disabled={!props.keySet} onClick={() => save(null)}>
            Forget key
          </button>
        </span>
      ) : (
        <span className="field-warning" role="status" data-testid={`${props.name}-key-refused`}>
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
