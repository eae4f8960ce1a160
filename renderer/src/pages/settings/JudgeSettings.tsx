import type { Settings, SettingsPatch } from '@contract/settings';
import { TextField } from './TextField';

/** The optional LLM judge of key points: off until turned on here, and then only the server named here sees the transcript. */
export function JudgeSettings(props: { settings: Settings; onChange: (patch: SettingsPatch) => void }) {
  const { settings, onChange } = props;
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.judgeEnabled}
          data-testid="judge-enabled"
          onChange={(e) => onChange({ judgeEnabled: e.target.checked })}
        />
        LLM judge: a second opinion on each key point beside the local one (sends the transcript to the server below;
        any OpenAI-compatible server, such as llama.cpp's or Ollama's on this computer)
      </label>
      {settings.judgeEnabled && (
        <div className="settings-row">
          <TextField
            label="Judge server address"
            type="url"
            value={settings.judgeBaseUrl}
            maxLength={500}
            testId="judge-server"
            onCommit={(judgeBaseUrl) => onChange({ judgeBaseUrl })}
          />
          <TextField
            label="Judge model"
            value={settings.judgeModel}
            maxLength={100}
            testId="judge-model"
            onCommit={(judgeModel) => onChange({ judgeModel })}
          />
        </div>
      )}
    </>
  );
}
