import { useState } from 'react';
import type { EngineSettings as Engine } from '../../../../electron/api/contract/transcription';
import type { Settings, SettingsPatch } from '../../../../electron/api/contract/settings';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { useApiQuery } from '../../api/use-api-query';
import { serverOrigin } from '../../../../electron/api/contract/server-address';
import { ModelManager } from './ModelManager';
import { AddressKeyWarning, ServerKeyField } from './ServerKeyField';

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
  const coach = useApiQuery('coach.status', {}, ['settings']);
  const [typedEngineAddress, setTypedEngineAddress] = useState<string | null>(null);
  const [typedCoachAddress, setTypedCoachAddress] = useState<string | null>(null);
  const update = (patch: Partial<Engine>) => {
    props.onError(null);
    api.call('transcription.settings.update', patch).then(
      () => engine.reload(),
      (e: unknown) => props.onError(describeError(e).message),
    );
  };
  const saveKey = (call: 'transcription.apiKey.set' | 'coach.apiKey.set', key: string | null) => {
    props.onError(null);
    return api.call(call, { key }).then(
      () => (call === 'coach.apiKey.set' ? coach.reload() : status.reload()),
      (e: unknown) => {
        props.onError(describeError(e).message);
        throw e;
      },
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
                  data-testid="engine-address"
                  onChange={(e) => setTypedEngineAddress(e.target.value)}
                  onBlur={(e) =>
                    e.target.value !== engine.data.openaiBaseUrl && update({ openaiBaseUrl: e.target.value })
                  }
                />
                <AddressKeyWarning
                  typed={typedEngineAddress ?? engine.data.openaiBaseUrl}
                  saved={engine.data.openaiBaseUrl}
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
              {status.status === 'ready' && (
                <ServerKeyField
                  name="engine"
                  address={engine.data.openaiBaseUrl}
                  keySet={status.data.openaiKeySet && status.data.keyServer === serverOrigin(engine.data.openaiBaseUrl)}
                  storageWarning={status.data.keyStorage.warning}
                  onSave={(key) => saveKey('transcription.apiKey.set', key)}
                />
              )}
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
              data-testid="coach-address"
              onChange={(e) => setTypedCoachAddress(e.target.value)}
              onBlur={(e) => e.target.value !== settings.coachBaseUrl && onChange({ coachBaseUrl: e.target.value })}
            />
            <AddressKeyWarning typed={typedCoachAddress ?? settings.coachBaseUrl} saved={settings.coachBaseUrl} />
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
          {coach.status === 'ready' && (
            <ServerKeyField
              name="coach"
              address={settings.coachBaseUrl}
              keySet={coach.data.keySet && coach.data.keyServer === serverOrigin(settings.coachBaseUrl)}
              storageWarning={status.status === 'ready' ? status.data.keyStorage.warning : null}
              onSave={(key) => saveKey('coach.apiKey.set', key)}
            />
          )}
        </div>
      )}
    </section>
  );
}
