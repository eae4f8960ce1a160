import { useState } from 'react';
import { applyPatch } from '@contract/patch';
import type { Settings, SettingsPatch } from '@contract/settings';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { DataSettings } from './DataSettings';
import { EngineSettings } from './EngineSettings';
import { FillerSettings } from './FillerSettings';
import { NormsSettings } from './NormsSettings';
import { PracticeSettings } from './PracticeSettings';
import './settings.css';

const sections = [
  ['settings-practice', 'Practice'],
  ['settings-norms', 'Scoring norms'],
  ['settings-fillers', 'Filler words'],
  ['settings-engines', 'Engines'],
  ['settings-appearance', 'Appearance'],
  ['settings-data', 'Your data'],
] as const;

/** Every setting in one place, grouped by what it changes. */
export function SettingsPage() {
  const settings = useApiQuery('settings.get', {}, ['settings']);
  const [saveError, setSaveError] = useState<string | null>(null);

  const save = (patch: SettingsPatch) => {
    setSaveError(null);
    // The change shows at once; main's answer (what is stored) replaces it, or a refusal brings the stored value back.
    if (settings.status === 'ready') settings.replace(applyPatch(settings.data, patch));
    api.call('settings.update', patch).then(settings.replace, (error: unknown) => {
      setSaveError(describeError(error).message);
      settings.reload();
    });
  };

  return (
    <>
      <PageHeader title="Settings" subtitle="How practice runs, how answers are judged, and where your data lives." />
      <nav className="settings-nav" aria-label="Settings sections">
        {sections.map(([id, label]) => (
          <a
            key={id}
            href={`#${id}`}
            onClick={(e) => {
              // Hash routing owns the URL fragment, so scroll instead of navigating.
              e.preventDefault();
              document.getElementById(id)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
            }}
          >
            {label}
          </a>
        ))}
      </nav>
      {saveError && <ErrorNotice message={saveError} />}
      {settings.status === 'loading' && <Loading />}
      {settings.status === 'error' && <ErrorNotice message={settings.message} onRetry={settings.reload} />}
      {settings.status === 'ready' && (
        <>
          <PracticeSettings settings={settings.data} onChange={save} />
          <NormsSettings settings={settings.data} onChange={save} onError={setSaveError} />
          <FillerSettings onError={setSaveError} />
          <EngineSettings settings={settings.data} onChange={save} onError={setSaveError} />
          <Appearance settings={settings.data} onChange={save} />
        </>
      )}
      <DataSettings />
    </>
  );
}

function Appearance(props: { settings: Settings; onChange: (patch: SettingsPatch) => void }) {
  return (
    <section className="panel settings-form" id="settings-appearance" aria-labelledby="settings-appearance-title">
      <h2 id="settings-appearance-title">Appearance</h2>
      <label>
        Theme
        <select
          value={props.settings.theme}
          onChange={(e) => props.onChange({ theme: e.target.value as Settings['theme'] })}
          data-testid="theme-select"
        >
          <option value="system">Follow the system</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
    </section>
  );
}
