import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiCallError } from '../../api/api-call-error';
import { fakeApi } from '../../api/testing/fake-api';
import { forgetRecoveryCheck } from './recovery-check';
import { RecoveryNotice } from './RecoveryNotice';
import { savedTake } from './session/testing-fakes';

const scripted = fakeApi();

beforeEach(() => {
  scripted.reset();
  // The check runs once per app run; each test is a fresh run.
  forgetRecoveryCheck();
});
afterEach(cleanup);

describe('RecoveryNotice', () => {
  it('says what a crash left and deletes leftovers only when asked', async () => {
    scripted.answers['recording.recover'] = {
      recovered: [{ ...savedTake, status: 'recovered' }],
      leftovers: [{ id: 'x.webm.part', takeId: null, files: ['x.webm.part'], bytes: 2 * 1024 * 1024, reason: '' }],
    };
    scripted.answers['recording.discardLeftovers'] = { ok: true };
    await act(async () => render(<RecoveryNotice />));
    expect(screen.getByTestId('recovery').textContent).toContain('One take was recovered');
    expect(screen.getByTestId('recovery').textContent).toContain('(2.0 MB)');
    expect(scripted.calls).toEqual([['recording.recover', {}]]);
    await act(async () => fireEvent.click(screen.getByText('Delete them')));
    expect(scripted.calls.at(-1)).toEqual(['recording.discardLeftovers', { ids: ['x.webm.part'] }]);
    expect(screen.queryByText('Delete them')).toBeNull();
  });

  it('shows nothing when there was nothing to recover', async () => {
    scripted.answers['recording.recover'] = { recovered: [], leftovers: [] };
    await act(async () => render(<RecoveryNotice />));
    expect(scripted.calls).toEqual([['recording.recover', {}]]);
    expect(screen.queryByTestId('recovery')).toBeNull();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks once per app run, however many pages show the notice', async () => {
    scripted.answers['recording.recover'] = { recovered: [], leftovers: [] };
    await act(async () => render(<RecoveryNotice />));
    cleanup();
    await act(async () => render(<RecoveryNotice />));
    expect(scripted.calls).toEqual([['recording.recover', {}]]);
  });

  it('says why the check failed instead of staying silent', async () => {
    const refused = new ApiCallError('UNSUPPORTED', { reason: 'desktop-only', feature: 'file-dialog' });
    scripted.answers['recording.recover'] = refused;
    await act(async () => render(<RecoveryNotice />));
    expect(screen.getByRole('alert').textContent).toBe(refused.message);
    expect(refused.message).not.toMatch(/UNSUPPORTED|at .*\(/);
  });
});
