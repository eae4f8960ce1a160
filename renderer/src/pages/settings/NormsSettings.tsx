import type { ScoringNorms, Settings, SettingsPatch } from '@contract/settings';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { NumberField } from './NumberField';

type Patch = Partial<Omit<ScoringNorms, 'weights'>> & { weights?: Partial<ScoringNorms['weights']> };
type VoiceNorm =
  'monotoneSemitones' | 'volumeSpreadMaxDb' | 'trailOffDb' | 'monotoneWeight' | 'volumeWeight' | 'trailingOffWeight';
const voiceNorms: { key: VoiceNorm; label: string; max: number; step: number; testId?: string }[] = [
  {
    key: 'monotoneSemitones',
    label: 'Flat below (semitones of pitch spread)',
    max: 12,
    step: 0.5,
    testId: 'norm-monotone',
  },
  { key: 'volumeSpreadMaxDb', label: 'Steady volume within (dB)', max: 40, step: 1 },
  { key: 'trailOffDb', label: 'Trailing off from (dB quieter)', max: 40, step: 1 },
  { key: 'monotoneWeight', label: 'Points for a flat voice', max: 100, step: 1 },
  { key: 'volumeWeight', label: 'Points for uneven volume', max: 100, step: 1 },
  { key: 'trailingOffWeight', label: 'Points for trailing off', max: 100, step: 1 },
];
const weightNames = { content: 'Content', delivery: 'Delivery', timing: 'Timing', structure: 'Structure' } as const;

/**
 * The norms feedback is measured against; each shows its default so a change is easy to undo. Whether camera presence
 * is measured at all is a setting of its own (`settings` and `onChange`), kept beside the camera's norm.
 */
export function NormsSettings(props: {
  settings: Settings;
  onChange: (patch: SettingsPatch) => void;
  onError: (message: string | null) => void;
}) {
  const norms = useApiQuery('settings.norms.get', {}, ['settings']);
  const save = (patch: Patch, reset = false) => {
    props.onError(null);
    api.call('settings.norms.update', { patch, reset }).catch((e: unknown) => props.onError(describeError(e).message));
  };
  return (
    <section className="panel settings-form" id="settings-norms" aria-labelledby="settings-norms-title">
      <h2 id="settings-norms-title">Scoring norms</h2>
      <p className="muted">Later takes are scored with these; earlier scores keep the norms they were given.</p>
      {norms.status === 'loading' && <Loading />}
      {norms.status === 'error' && <ErrorNotice message={norms.message} onRetry={norms.reload} />}
      {norms.status === 'ready' && (
        <>
          <div className="settings-row">
            <NumberField
              label="Slowest comfortable pace (words/min)"
              value={norms.data.norms.wpmMin}
              min={40}
              max={300}
              hint={`Default ${norms.data.defaults.wpmMin}`}
              testId="norm-wpm-min"
              onCommit={(wpmMin) => save({ wpmMin })}
            />
            <NumberField
              label="Fastest comfortable pace (words/min)"
              value={norms.data.norms.wpmMax}
              min={40}
              max={300}
              hint={`Default ${norms.data.defaults.wpmMax}`}
              onCommit={(wpmMax) => save({ wpmMax })}
            />
          </div>
          <div className="settings-row">
            <NumberField
              label="Most fillers per minute"
              value={norms.data.norms.fillersPerMinuteMax}
              min={0}
              max={30}
              step={0.5}
              hint={`Default ${norms.data.defaults.fillersPerMinuteMax} ("um", "uh", "like", "you know"…)`}
              onCommit={(fillersPerMinuteMax) => save({ fillersPerMinuteMax })}
            />
            <NumberField
              label="Long pause from (seconds)"
              value={norms.data.norms.longPauseSeconds}
              min={0.5}
              max={10}
              step={0.5}
              hint={`Default ${norms.data.defaults.longPauseSeconds}`}
              onCommit={(longPauseSeconds) => save({ longPauseSeconds })}
            />
            <NumberField
              label="On time within (± % of the target)"
              value={Math.round(norms.data.norms.timingTolerance * 100)}
              min={0}
              max={100}
              hint={`Default ±${Math.round(norms.data.defaults.timingTolerance * 100)}%`}
              onCommit={(percent) => save({ timingTolerance: percent / 100 })}
            />
          </div>
          <fieldset>
            <legend>Voice (measured from the recording; 0 points shows a measure without scoring it)</legend>
            <div className="settings-row">
              {voiceNorms.map(({ key, label, max, step, testId }) => (
                <NumberField
                  key={key}
                  label={label}
                  value={norms.data.norms[key]}
                  min={0}
                  max={max}
                  step={step}
                  hint={`Default ${norms.data.defaults[key]}`}
                  testId={testId}
                  onCommit={(value) => save({ [key]: value })}
                />
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend>Camera (framing and gaze in video takes, never a judgement about you)</legend>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={props.settings.cameraPresence}
                onChange={(e) => props.onChange({ cameraPresence: e.target.checked })}
                data-testid="camera-presence"
              />
              Measure camera presence on the review page
            </label>
            <span className="field-hint">
              Off: the review page never samples a take&rsquo;s video and shows no camera lane or figures.
            </span>
            <div className="settings-row">
              <NumberField
                label="Looking at the camera within (degrees of head turn)"
                value={norms.data.norms.lookingConeDegrees}
                min={1}
                max={90}
                step={1}
                hint={`Default ${norms.data.defaults.lookingConeDegrees}`}
                testId="norm-looking-cone"
                onCommit={(lookingConeDegrees) => save({ lookingConeDegrees })}
              />
            </div>
          </fieldset>
          <fieldset>
            <legend>Weight of each part in the overall score (only their ratios matter)</legend>
            <div className="settings-row">
              {(Object.keys(weightNames) as (keyof typeof weightNames)[]).map((key) => (
                <NumberField
                  key={key}
                  label={weightNames[key]}
                  value={norms.data.norms.weights[key]}
                  min={0}
                  max={10}
                  step={0.05}
                  hint={`Default ${norms.data.defaults.weights[key]}`}
                  onCommit={(value) => save({ weights: { [key]: value } })}
                />
              ))}
            </div>
          </fieldset>
          <button type="button" onClick={() => save({}, true)}>
            Back to the defaults
          </button>
        </>
      )}
    </section>
  );
}
