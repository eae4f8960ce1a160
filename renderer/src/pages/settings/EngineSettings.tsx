import { applyPatch } from '@contract/patch';
import type { EngineSettings as Engine, EngineSettingsPatch } from '@contract/transcription';
import type { Settings, SettingsPatch } from '@contract/settings';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { useApiQuery } from '../../api/use-api-query';
import { InterviewerSettings } from './InterviewerSettings';
import { LlmCheckSettings } from './LlmCheckSettings';
import { llmCheckNames } from '@contract/llm-check';
import { serverOrigin } from '@contract/server-address';
import { ModelManager } from './ModelManager';
import { ServerKeyField } from './ServerKeyField';
import { TextField } from './TextField';

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
  const interviewer = useApiQuery('followUps.interviewer.status', {}, ['settings']);
  const update = (patch: EngineSettingsPatch) => {
    props.onError(null);
    // The change shows at once; main's answer (what is stored) replaces it, or a refusal brings the stored value back.
    if (engine.status === 'ready') engine.replace(applyPatch(engine.data, patch));
    api.call('transcription.settings.update', patch).then(engine.replace, (e: unknown) => {
      props.onError(describeError(e).message);
      engine.reload();
    });
  };
  const saveKey = (
    call: 'transcription.apiKey.set' | 'coach.apiKey.set' | 'judge.apiKey.set' | 'followUps.interviewer.apiKey.set',
    key: string | null,
  ) => {
    props.onError(null);
    return api.call(call, { key }).then(undefined, (e: unknown) => {
      props.onError(describeError(e).message);
      throw e;
    });
  };
  const storageWarning = status.status === 'ready' ? status.data.keyStorage.warning : null;
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
            <select
              value={engine.data.engine}
              data-testid="transcription-engine"
              onChange={(e) => update({ engine: e.target.value as Engine['engine'] })}
            >
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
              <TextField
                label="Server address"
                type="url"
                value={engine.data.openaiBaseUrl}
                maxLength={500}
                testId="transcription-server"
                hint="OpenAI is https://api.openai.com/v1; a server on this computer looks like http://127.0.0.1:8080/v1."
                onCommit={(openaiBaseUrl) => update({ openaiBaseUrl })}
              />
              <TextField
                label="Model"
                value={engine.data.openaiModel}
                maxLength={100}
                testId="transcription-model"
                onCommit={(openaiModel) => update({ openaiModel })}
              />
              {status.status === 'ready' && (
                <ServerKeyField
                  testId="api-key"
                  address={engine.data.openaiBaseUrl}
                  keySet={status.data.openaiKeySet && status.data.keyServer === serverOrigin(engine.data.openaiBaseUrl)}
                  storageWarning={status.data.keyStorage.warning}
                  onSave={(key) => saveKey('transcription.apiKey.set', key).then(() => status.reload())}
                />
              )}
            </>
          )}
          <TextField
            label="Language of your answers"
            value={engine.data.language}
            minLength={2}
            maxLength={8}
            testId="transcription-language"
            onCommit={(language) => update({ language })}
          />
        </>
      )}
      {llmCheckNames.map((check) => (
        <LlmCheckSettings
          key={check}
          check={check}
          settings={settings}
          onChange={onChange}
          storageWarning={storageWarning}
          onSaveKey={(key) => saveKey(`${check}.apiKey.set`, key)}
        />
      ))}
      <InterviewerSettings settings={settings} onChange={onChange} />
      {settings.interviewerLlmEnabled && interviewer.status === 'ready' && (
        <ServerKeyField
          testId="interviewer-api-key"
          address={settings.interviewerBaseUrl}
          keySet={interviewer.data.keySet && interviewer.data.keyServer === serverOrigin(settings.interviewerBaseUrl)}
          storageWarning={storageWarning}
          onSave={(key) => saveKey('followUps.interviewer.apiKey.set', key).then(() => interviewer.reload())}
        />
      )}
    </section>
  );
}
