import type { Settings, SettingsPatch } from '@contract/settings';
import { TextField } from './TextField';

/** The optional LLM coach: off until turned on here, and then only the server named here sees the transcript. */
export function CoachSettings(props: { settings: Settings; onChange: (patch: SettingsPatch) => void }) {
  const { settings, onChange } = props;
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.coachEnabled}
          data-testid="coach-enabled"
          onChange={(e) => onChange({ coachEnabled: e.target.checked })}
        />
        LLM coach: comments and a tightened answer beside the local score (sends the transcript to the server below)
      </label>
      {settings.coachEnabled && (
        <div className="settings-row">
          <TextField
            label="Coach server address"
            type="url"
            value={settings.coachBaseUrl}
            maxLength={500}
            testId="coach-server"
            onCommit={(coachBaseUrl) => onChange({ coachBaseUrl })}
          />
          <TextField
            label="Coach model"
            value={settings.coachModel}
            maxLength={100}
            testId="coach-model"
            onCommit={(coachModel) => onChange({ coachModel })}
          />
        </div>
      )}
    </>
  );
}
