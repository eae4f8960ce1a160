import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settingsSchema } from '../../../../electron/api/contract/settings';

const norms = {
  wpmMin: 130,
  wpmMax: 160,
  fillersPerMinuteMax: 3,
  longPauseSeconds: 2,
  timingTolerance: 0.15,
  weights: { content: 0.55, delivery: 0.2, timing: 0.1, structure: 0.15 },
};
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
      return name in answers ? Promise.resolve(answers[name]) : new Promise(() => undefined);
    },
    on: () => () => undefined,
  },
}));
const { SettingsPage } = await import('./SettingsPage');

beforeEach(() => {
  calls.length = 0;
});
afterEach(cleanup);

const callsTo = (name: string) => calls.filter(([n]) => n === name).map(([, input]) => input);

describe('SettingsPage', () => {
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
