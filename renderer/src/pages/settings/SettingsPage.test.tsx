import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settingsSchema } from '@contract/settings';

const norms = {
  wpmMin: 130,
  wpmMax: 160,
  fillersPerMinuteMax: 3,
  longPauseSeconds: 2,
  timingTolerance: 0.15,
  weights: { content: 0.55, delivery: 0.2, timing: 0.1, structure: 0.15 },
};
const builtIn = ['um', 'uh', 'like', 'kind of', 'you know'];
let fillers = { added: [] as string[], removed: [] as string[] };
const answers: Record<string, unknown> = {
  'settings.get': settingsSchema.parse({}),
  'settings.norms.get': { norms, defaults: norms },
  'settings.norms.update': norms,
  'settings.deleteAllData': { ok: true, filesRemoved: 4 },
  'app.info': { dataDir: '/data', version: '1.0.0' },
};
const calls: [string, unknown][] = [];

// Records each call; engine calls get no answer, so that section stays loading.
vi.mock('../../api/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../api/client')>()),
  api: {
    transport: 'web',
    call: (name: string, input: unknown) => {
      calls.push([name, input]);
      // The filler list is stateful, as main's is: an update is what the next read returns.
      if (name === 'settings.fillers.update') fillers = input as typeof fillers;
      if (name.startsWith('settings.fillers.')) return Promise.resolve({ ...fillers, builtIn });
      return name in answers ? Promise.resolve(answers[name]) : new Promise(() => undefined);
    },
    on: () => () => undefined,
  },
}));
const { SettingsPage } = await import('./SettingsPage');

beforeEach(() => {
  calls.length = 0;
  fillers = { added: [], removed: [] };
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
