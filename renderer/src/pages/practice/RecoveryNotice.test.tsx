import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { savedAttempt } from './session/testing-fakes';

beforeEach(() => vi.resetModules());
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

// The check runs once per app run, so each test loads fresh copies of the notice and the client it uses.
const load = async () => ({
  api: (await import('../../api/client')).api,
  RecoveryNotice: (await import('./RecoveryNotice')).RecoveryNotice,
});

describe('RecoveryNotice', () => {
  it('says what a crash left and deletes leftovers only when asked', async () => {
    const { api, RecoveryNotice } = await load();
    const call = vi.spyOn(api, 'call').mockImplementation(
      (name) =>
        Promise.resolve(
          name === 'recording.recover'
            ? {
                recovered: [{ ...savedAttempt, status: 'recovered' }],
                leftovers: [
                  { id: 'x.webm.part', attemptId: null, files: ['x.webm.part'], bytes: 2 * 1024 * 1024, reason: '' },
                ],
              }
            : { ok: true },
        ) as never,
    );
    await act(async () => render(<RecoveryNotice />));
    expect(screen.getByTestId('recovery').textContent).toContain('One take was recovered');
    expect(screen.getByTestId('recovery').textContent).toContain('(2.0 MB)');
    expect(call).toHaveBeenCalledTimes(1);
    await act(async () => fireEvent.click(screen.getByText('Delete them')));
    expect(call).toHaveBeenLastCalledWith('recording.discardLeftovers', { ids: ['x.webm.part'] });
    expect(screen.queryByText('Delete them')).toBeNull();
  });

  it('shows nothing when there was nothing to recover', async () => {
    const { api, RecoveryNotice } = await load();
    const call = vi.spyOn(api, 'call').mockResolvedValue({ recovered: [], leftovers: [] } as never);
    await act(async () => render(<RecoveryNotice />));
    expect(call).toHaveBeenCalledWith('recording.recover', {});
    expect(screen.queryByTestId('recovery')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
