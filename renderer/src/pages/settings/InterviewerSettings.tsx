import type { Settings, SettingsPatch } from '@contract/settings';
import { TextField } from './TextField';

/**
 * The optional LLM interviewer: off until turned on here (the built-in interviewer asks follow-ups meanwhile),
 * and then only the server named here sees the question, the key points and the transcript.
 */
export function InterviewerSettings(props: { settings: Settings; onChange: (patch: SettingsPatch) => void }) {
  const { settings, onChange } = props;
  return (
    <>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.interviewerLlmEnabled}
          data-testid="interviewer-llm-enabled"
          onChange={(e) => onChange({ interviewerLlmEnabled: e.target.checked })}
        />
        LLM interviewer: asks follow-ups in its own words and drafts decks from a job description (sends the question,
        its key points and the transcript to the server below). If it fails, the built-in interviewer asks.
      </label>
      {settings.interviewerLlmEnabled && (
        <div className="settings-row">
          <TextField
            label="Interviewer server address"
            type="url"
            value={settings.interviewerBaseUrl}
            maxLength={500}
            testId="interviewer-server"
            onCommit={(interviewerBaseUrl) => onChange({ interviewerBaseUrl })}
          />
          <TextField
            label="Interviewer model"
            value={settings.interviewerModel}
            maxLength={100}
            testId="interviewer-model"
            onCommit={(interviewerModel) => onChange({ interviewerModel })}
          />
        </div>
      )}
    </>
  );
}
