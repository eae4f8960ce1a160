import type { InterviewerOptions } from '@contract/follow-ups';
import { useVoices } from '../../speech/use-voices';

/** Whether the interviewer asks follow-ups after each answer, and in which voice and form. */
export function InterviewerFields(props: {
  value: InterviewerOptions;
  onChange(value: InterviewerOptions): void;
  /** Prefix of the fields' test ids: the mock interview's setup and the practice screen each have their own. */
  testIds?: string;
}) {
  const { value, onChange } = props;
  const testIds = props.testIds ?? 'interview';
  const voices = useVoices();
  return (
    <fieldset className="interviewer-fields">
      <legend>Interviewer</legend>
      <label>
        Follow-up questions
        <select
          value={value.followUps}
          data-testid={`${testIds}-follow-ups`}
          onChange={(e) => onChange({ ...value, followUps: Number(e.target.value) as 0 | 1 | 2 })}
        >
          <option value={0}>Off</option>
          <option value={1}>1 per question</option>
          <option value={2}>2 per question</option>
        </select>
      </label>
      {value.followUps > 0 && (
        <>
          <label>
            Interviewer's voice
            <select
              value={value.voice ?? ''}
              disabled={voices.length === 0}
              onChange={(e) => onChange({ ...value, voice: e.target.value || null })}
            >
              <option value="">System default</option>
              {voices.map((voice) => (
                <option key={voice.voiceURI} value={voice.name}>
                  {voice.name} ({voice.lang})
                </option>
              ))}
            </select>
          </label>
          <label>
            Follow-ups are
            <select
              value={value.delivery}
              data-testid={`${testIds}-follow-up-delivery`}
              onChange={(e) => onChange({ ...value, delivery: e.target.value as InterviewerOptions['delivery'] })}
            >
              <option value="both">Read aloud and shown</option>
              <option value="speak">Read aloud only</option>
              <option value="show">Shown only</option>
            </select>
          </label>
        </>
      )}
    </fieldset>
  );
}
