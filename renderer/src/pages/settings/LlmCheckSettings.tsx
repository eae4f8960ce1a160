import type { LlmCheckName } from '@contract/llm-check';
import { serverOrigin } from '@contract/server-address';
import type { Settings, SettingsPatch } from '@contract/settings';
import { useApiQuery } from '../../api/use-api-query';
import { ServerKeyField } from './ServerKeyField';
import { TextField } from './TextField';

const words: Record<LlmCheckName, { title: string; what: string }> = {
  coach: {
    title: 'Coach',
    what: 'LLM coach: comments and a tightened answer beside the local score (sends the transcript to the server below)',
  },
  judge: {
    title: 'Judge',
    what:
      'LLM judge: a second opinion on each key point beside the local one (sends the transcript to the server below; ' +
      "any OpenAI-compatible server, such as llama.cpp's or Ollama's on this computer)",
  },
};

/**
 * One optional LLM check of a take (the coach or the judge): off until turned
 * on here, and then only the server named here sees the transcript, with the
 * key saved for that server alone.
 */
export function LlmCheckSettings(props: {
  check: LlmCheckName;
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
  storageWarning: string | null;
  /** Saves the key of the check's server (null forgets it); rejects after saying why. */
  onSaveKey: (key: string | null) => Promise<unknown>;
}) {
  const { check, settings, onChange } = props;
  const status = useApiQuery(`${check}.status`, {}, ['settings']);
  const { title, what } = words[check];
  const enabled = settings[`${check}Enabled`];
  const baseUrl = settings[`${check}BaseUrl`];
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={enabled}
          data-testid={`${check}-enabled`}
          onChange={(e) => onChange({ [`${check}Enabled`]: e.target.checked })}
        />
        {what}
      </label>
      {enabled && (
        <div className="settings-row">
          <TextField
            label={`${title} server address`}
            type="url"
            value={baseUrl}
            maxLength={500}
            testId={`${check}-server`}
            onCommit={(value) => onChange({ [`${check}BaseUrl`]: value })}
          />
          <TextField
            label={`${title} model`}
            value={settings[`${check}Model`]}
            maxLength={100}
            testId={`${check}-model`}
            onCommit={(value) => onChange({ [`${check}Model`]: value })}
          />
        </div>
      )}
      {enabled && status.status === 'ready' && (
        <ServerKeyField
          testId={`${check}-api-key`}
          address={baseUrl}
          keySet={status.data.keySet && status.data.keyServer === serverOrigin(baseUrl)}
          storageWarning={props.storageWarning}
          onSave={(key) => props.onSaveKey(key).then(() => status.reload())}
        />
      )}
    </>
  );
}
