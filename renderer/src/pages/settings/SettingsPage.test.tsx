import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { settingsSchema, type ScoringNorms } from '@contract/settings';
import { fakeApi, pending } from '../../api/testing/fake-api';
import { SettingsPage } from './SettingsPage';

const norms: ScoringNorms = {
  wpmMin: 130,
  wpmMax: 160,
  fillersPerMinuteMax: 3,
  longPauseSeconds: 2,
  monotoneSemitones: 2,
  volumeSpreadMaxDb: 12,
  trailOffDb: 6,
  monotoneWeight: 5,
  volumeWeight: 5,
  trailingOffWeight: 5,
  lookingConeDegrees: 15,
  timingTolerance: 0.15,
  weights: { content: 0.55, delivery: 0.2, timing: 0.1, structure: 0.15 },
};
const builtIn = ['um', 'uh', 'like', 'kind of', 'you know'];
let fillers = { added: [] as string[], removed: [] as string[] };
const appInfo = { name: 'Rehearse', version: '1.0.0', transport: 'web' as const, dataDir: '/data', platform: 'linux' };
/** Calls of the engine sections; left unanswered, those sections stay loading. */
const engineCalls = [
  'transcription.settings.get',
  'transcription.status',
  'transcription.models.list',
  'coach.status',
  'judge.status',
  'followUps.interviewer.status',
] as const;
const scripted = fakeApi();
const { answers, calls } = scripted;

beforeEach(() => {
  scripted.reset();
  fillers = { added: [], removed: [] };
  answers['settings.get'] = settingsSchema.parse({});
  answers['settings.norms.get'] = { norms, defaults: norms };
  answers['settings.norms.update'] = norms;
  // Main answers an update with the stored settings, the change applied.
  answers['settings.update'] = (patch) => settingsSchema.parse({ ...settingsSchema.parse({}), ...patch });
  answers['settings.deleteAllData'] = { ok: true, filesRemoved: 4 };
  answers['app.info'] = appInfo;
  // The filler list is stateful, as main's is: an update is what the next read returns.
  answers['settings.fillers.get'] = () => ({ ...fillers, builtIn });
  answers['settings.fillers.update'] = (input) => {
    fillers = { added: [...input.added], removed: [...input.removed] };
    return { ...fillers, builtIn };
  };
  // The engine sections stay loading: their own tests cover them.
  for (const name of engineCalls) answers[name] = pending;
});
afterEach(cleanup);

const callsTo = (name: string) => calls.filter(([n]) => n === name).map(([, input]) => input);

describe('SettingsPage', () => {
  it('offers the live transcript off by default and saves it when switched on', async () => {
    render(<SettingsPage />);
    const toggle = (await screen.findByTestId('show-live-transcript')) as HTMLInputElement;
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(callsTo('settings.update')).toEqual([{ showLiveTranscript: true }]);
  });

  it('offers camera presence on by default beside the camera norm, and saves only that setting when switched off', async () => {
    render(<SettingsPage />);
    const toggle = (await screen.findByTestId('camera-presence')) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(toggle.closest('fieldset')?.contains(screen.getByTestId('norm-looking-cone'))).toBe(true);
    fireEvent.click(toggle);
    expect(callsTo('settings.update')).toEqual([{ cameraPresence: false }]);
    await waitFor(() => expect(toggle.checked).toBe(false));
  });

  it('saves a norm only when the field is left, not on every keystroke', async () => {
    render(<SettingsPage />);
    const field = await screen.findByTestId('norm-wpm-min');
    fireEvent.change(field, { target: { value: '1' } });
    fireEvent.change(field, { target: { value: '12' } });
    fireEvent.change(field, { target: { value: '120' } });
    expect(callsTo('settings.norms.update')).toEqual([]);
    fireEvent.blur(field);
    expect(callsTo('settings.norms.update')).toEqual([{ patch: { wpmMin: 120 }, reset: false }]);
  });

  it('ignores a value outside the allowed range', async () => {
    render(<SettingsPage />);
    const field = await screen.findByTestId('think-seconds');
    fireEvent.change(field, { target: { value: '900' } });
    fireEvent.blur(field);
    expect(callsTo('settings.update')).toEqual([]);
    expect((field as HTMLInputElement).value).toBe('15');
  });

  it('stores the pace for default targets when the field is left', async () => {
    render(<SettingsPage />);
    const field = await screen.findByTestId('target-wpm');
    expect((field as HTMLInputElement).value).toBe('150');
    fireEvent.change(field, { target: { value: '110' } });
    fireEvent.blur(field);
    expect(callsTo('settings.update')).toEqual([{ targetWordsPerMinute: 110 }]);
  });

  it("edits the filler list: a built-in switched off, one of the user's own added and removed, then reset", async () => {
    render(<SettingsPage />);
    const builtInList = await screen.findByTestId('filler-built-in');
    fireEvent.click(within(builtInList).getByRole('checkbox', { name: 'like' }));
    await waitFor(() =>
      expect((within(builtInList).getByRole('checkbox', { name: 'like' }) as HTMLInputElement).checked).toBe(false),
    );

    fireEvent.change(screen.getByTestId('filler-input'), { target: { value: '  Pretty   Much ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await within(screen.getByTestId('filler-added')).findByText('pretty much')).toBeTruthy();
    expect((screen.getByTestId('filler-input') as HTMLInputElement).value).toBe('');

    // A built-in still counted is not sent twice; one switched off is switched back on by adding it.
    fireEvent.change(screen.getByTestId('filler-input'), { target: { value: 'um' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    expect(await screen.findByText('"um" is already counted.')).toBeTruthy();
    fireEvent.change(screen.getByTestId('filler-input'), { target: { value: 'like' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(fillers.removed).toEqual([]));

    fireEvent.click(screen.getByRole('button', { name: 'Stop counting "pretty much"' }));
    await waitFor(() => expect(screen.queryByText('pretty much')).toBeNull());
    fireEvent.click(within(builtInList).getByRole('checkbox', { name: 'you know' }));
    fireEvent.click(screen.getByRole('button', { name: 'Back to the default fillers' }));
    expect(callsTo('settings.fillers.update')).toEqual([
      { added: [], removed: ['like'] },
      { added: ['pretty much'], removed: ['like'] },
      { added: ['pretty much'], removed: [] },
      { added: [], removed: [] },
      { added: [], removed: ['you know'] },
      { added: [], removed: [] },
    ]);
    await waitFor(() =>
      expect((within(builtInList).getByRole('checkbox', { name: 'you know' }) as HTMLInputElement).checked).toBe(true),
    );
  });

  it('deletes all data only after DELETE is typed', async () => {
    render(<SettingsPage />);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete all my data…' }));
    const dialog = screen.getByRole('alertdialog');
    const confirm = within(dialog).getByRole('button', { name: 'Delete everything' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('delete-confirm'), { target: { value: 'delete' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.change(screen.getByTestId('delete-confirm'), { target: { value: 'DELETE' } });
    fireEvent.click(confirm);
    expect(callsTo('settings.deleteAllData')).toEqual([{ confirm: 'DELETE' }]);
    expect(await screen.findByText(/4 recording files removed/)).toBeTruthy();
  });
});
