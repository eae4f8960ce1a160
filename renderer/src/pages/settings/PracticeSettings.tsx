import type { Settings, SettingsPatch } from '@contract/settings';
import { speak } from '../../speech/speak';
import { useVoices } from '../../speech/use-voices';
import { DeviceSettings } from '../practice/DeviceSettings';
import { NumberField } from './NumberField';

const sample = 'Tell me about a time you disagreed with your manager.';

/** How a question is put to the user, and what records the answer. */
export function PracticeSettings(props: { settings: Settings; onChange: (patch: SettingsPatch) => void }) {
  const { settings, onChange } = props;
  const voices = useVoices();
  return (
    <section className="panel settings-form" id="settings-practice" aria-labelledby="settings-practice-title">
      <h2 id="settings-practice-title">Practice</h2>
      <NumberField
        label="Think time before recording (seconds)"
        value={settings.thinkSeconds}
        min={0}
        max={300}
        testId="think-seconds"
        hint="Also used between questions of a mock interview."
        onCommit={(thinkSeconds) => onChange({ thinkSeconds })}
      />
      <NumberField
        label="Pace for default targets (words per minute)"
        value={settings.targetWordsPerMinute}
        min={80}
        max={220}
        testId="target-wpm"
        hint="An import times an answer whose guide states no target at this pace. Decks already saved keep their targets."
        onCommit={(targetWordsPerMinute) => onChange({ targetWordsPerMinute })}
      />
      <NumberField
        label="Target for a follow-up answer (seconds)"
        value={settings.followUpTargetSeconds}
        min={10}
        max={600}
        testId="follow-up-target"
        hint="Interviewer follow-ups probe one or two points, so their answers are held to a shorter clock."
        onCommit={(followUpTargetSeconds) => onChange({ followUpTargetSeconds })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.readQuestionAloud}
          onChange={(e) => onChange({ readQuestionAloud: e.target.checked })}
        />
        Read each question aloud
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={settings.showLiveTranscript}
          onChange={(e) => onChange({ showLiveTranscript: e.target.checked })}
          data-testid="show-live-transcript"
        />
        Show live transcript while answering
      </label>
      <span className="field-hint">
        With local Whisper, answers are transcribed while you speak either way, so feedback is ready moments after you
        stop; this only shows the words on screen.
      </span>
      <label>
        Voice for reading questions
        <span className="inline-field">
          <select
            value={settings.readAloudVoice ?? ''}
            onChange={(e) => onChange({ readAloudVoice: e.target.value || null })}
            disabled={voices.length === 0}
          >
            <option value="">System default</option>
            {voices.map((voice) => (
              <option key={voice.voiceURI} value={voice.name}>
                {voice.name} ({voice.lang})
              </option>
            ))}
          </select>
          <button type="button" onClick={() => speak(sample, settings.readAloudVoice)}>
            Listen
          </button>
        </span>
        {voices.length === 0 && <span className="field-hint">No system voices were found on this computer.</span>}
      </label>
      <DeviceSettings settings={settings} onChange={onChange} ready />
    </section>
  );
}
