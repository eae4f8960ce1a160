import { useState } from 'react';
import type { Settings, SettingsPatch } from '../../../../electron/api/contract/settings';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';

export function SettingsPage() {
  const settings = useApiQuery('settings.get', {}, ['settings']);
  const info = useApiQuery('app.info', {});
  const [saveError, setSaveError] = useState<string | null>(null);

  const save = (patch: SettingsPatch) => {
    setSaveError(null);
    api.call('settings.update', patch).catch((error: unknown) => setSaveError(describeError(error).message));
  };

  return (
    <>
      <PageHeader title="Settings" subtitle="How practice runs and where your data lives." />
      {saveError && <ErrorNotice message={saveError} />}
      {settings.status === 'loading' && <Loading />}
      {settings.status === 'error' && <ErrorNotice message={settings.message} onRetry={settings.reload} />}
      {settings.status === 'ready' && <SettingsForm settings={settings.data} onChange={save} />}
      <section className="panel">
        <h2>Your data</h2>
        {info.status === 'ready' ? (
          <p>
            Everything is stored on this computer in <code data-testid="data-dir">{info.data.dataDir}</code>. Nothing
            leaves it unless you turn on a cloud engine. Rehearse {info.data.version}.
          </p>
        ) : (
          <Loading />
        )}
      </section>
    </>
  );
}

function SettingsForm(props: { settings: Settings; onChange: (patch: SettingsPatch) => void }) {
  const { settings, onChange } = props;
  return (
    <form className="panel settings-form" onSubmit={(e) => e.preventDefault()}>
      <h2>Appearance</h2>
      <label>
        Theme
        <select
          value={settings.theme}
          onChange={(e) => onChange({ theme: e.target.value as Settings['theme'] })}
          data-testid="theme-select"
        >
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <h2>Practice</h2>
      <label>
        Think time before recording (seconds)
        <input
          type="number"
          min={0}
          max={300}
          value={settings.thinkSeconds}
          onChange={(e) => {
            const value = Number(e.target.value);
            if (Number.isInteger(value) && value >= 0 && value <= 300) onChange({ thinkSeconds: value });
          }}
        />
      </label>
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
          checked={settings.cameraEnabled}
          onChange={(e) => onChange({ cameraEnabled: e.target.checked })}
        />
        Record video (turn off for audio-only practice)
      </label>
    </form>
  );
}
