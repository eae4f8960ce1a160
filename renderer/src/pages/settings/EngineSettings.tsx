import { useState } from 'react';
import type { EngineSettings as Engine } from '../../../../electron/api/contract/transcription';
import type { Settings, SettingsPatch } from '../../../../electron/api/contract/settings';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { useApiQuery } from '../../api/use-api-query';
import { ModelManager } from './ModelManager';

const blockers = {
  ENGINE_MISSING: 'The local engine is not built on this computer.',
  MODEL_MISSING: 'No speech model is installed yet.',
  API_KEY_MISSING: 'The cloud engine needs an API key.',
} as const;

/** Which engine turns speech into text, and the optional coach. Nothing leaves the computer unless chosen here. */
export function EngineSettings(props: {
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
  onError: (message: string | null) => void;
}) {
  const engine = useApiQuery('transcription.settings.get', {}, ['settings']);
  const status = useApiQuery('transcription.status', {}, ['settings', 'jobs']);
  const models = useApiQuery('transcription.models.list', {}, ['settings']);
  const [key, setKey] = useState('');
  const update = (patch: Partial<Engine>) => {
    props.onError(null);
    api.call('transcription.settings.update', patch).then(
      () => engine.reload(),
      (e: unknown) => props.onError(describeError(e).message),
    );
  };
  const saveKey = (value: string | null) => {
    props.onError(null);
    api.call('transcription.apiKey.set', { key: value }).then(
      () => {
        setKey('');
        status.reload();
      },
      (e: unknown) => props.onError(describeError(e).message),
    );
  };
  const { settings, onChange } = props;
  const installed = models.status === 'ready' ? models.data.models.filter((m) => m.installed) : [];
  return (
    <section className="panel settings-form" id="settings-engines" aria-labelledby="settings-engines-title">
      <h2 id="settings-engines-title">Engines</h2>
      {status.status === 'ready' && status.data.blocker && (
        <p className="field-warning" role="status">
          {blockers[status.data.blocker]} Recordings wait in the queue until it is fixed.
        </p>
      )}
      {engine.status === 'ready' && (
        <>
          <label>
            Transcription
            <select value={engine.data.engine} onChange={(e) => update({ engine: e.target.value as Engine['engine'] })}>
              <option value="local">On this computer (Whisper)</option>
              <option value="openai">OpenAI or a compatible server</option>
            </select>
          </label>
          {engine.data.engine === 'local' ? (
            <>
              <label>
                Speech model
                <select value={engine.data.localModel} onChange={(e) => update({ localModel: e.target.value })}>
                  {!installed.some((m) => m.name === engine.data.localModel) && (
                    <option value={engine.data.localModel}>{engine.data.localModel} (not installed)</option>
                  )}
                  {installed.map((m) => (
                    <option key={m.name} value={m.name}>
                      {m.name}
                    </option>
                  ))}
                </select>
              </label>
              <ModelManager />
            </>
          ) : (
            <>
              <label>
                Server address
                <input
                  type="url"
                  defaultValue={engine.data.openaiBaseUrl}
                  onBlur={(e) =>
                    e.target.value !== engine.data.openaiBaseUrl && update({ openaiBaseUrl: e.target.value })
                  }
                />
              </label>
              <label>
                Model
                <input
                  defaultValue={engine.data.openaiModel}
                  onBlur={(e) =>
                    e.target.value &&
                    e.target.value !== engine.data.openaiModel &&
                    update({ openaiModel: e.target.value })
                  }
                />
              </label>
              <label>
                API key {status.status === 'ready' && (status.data.openaiKeySet ? '(saved)' : '(not set)')}
                <span className="inline-field">
                  <input type="password" value={key} onChange={(e) => setKey(e.target.value)} autoComplete="off" />
                  <button type="button" disabled={!key.trim()} onClick={() => saveKey(key.trim())}>
                    Save key
                  </button>
                  <button type="button" onClick={() => saveKey(null)}>
                    Forget key
                  </button>
                </span>
                {status.status === 'ready' && status.data.keyStorage.warning && (
                  <span className="field-hint">{status.data.keyStorage.warning}</span>
                )}
              </label>
            </>
          )}
          <label>
            Language of your answers
            <input
              defaultValue={engine.data.language}
              maxLength={8}
              onBlur={(e) =>
                e.target.value.length >= 2 &&
                e.target.value !== engine.data.language &&
                update({ language: e.target.value })
              }
            />
          </label>
        </>
      )}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.coachEnabled}
          onChange={(e) => onChange({ coachEnabled: e.target.checked })}
        />
        LLM coach: comments and a tightened answer beside the local score (sends the transcript to the server below)
      </label>
      {settings.coachEnabled && (
        <div className="settings-row">
          <label>
            Coach server address
            <input
              type="url"
              defaultValue={settings.coachBaseUrl}
              onBlur={(e) => e.target.value !== settings.coachBaseUrl && onChange({ coachBaseUrl: e.target.value })}
            />
          </label>
          <label>
            Coach model
            <input
              defaultValue={settings.coachModel}
              onBlur={(e) =>
                e.target.value && e.target.value !== settings.coachModel && onChange({ coachModel: e.target.value })
              }
            />
          </label>
        </div>
      )}
    </section>
  );
}
