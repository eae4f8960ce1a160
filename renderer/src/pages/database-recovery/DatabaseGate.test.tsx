import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DatabaseStatus } from '@contract';
import { api, ApiCallError } from '../../api/client';
import { DatabaseGate } from './DatabaseGate';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const keptAt = '/home/ana/.rehearse/rehearse-damaged-2026-03-04T05-06-07-089Z.sqlite';
const damaged = (latestBackup: { path: string; takenAt: string } | null): DatabaseStatus => ({
  state: 'damaged',
  damage: {
    problem: 'unreadable',
    detail: 'file is not a database',
    keptAt,
    keptFiles: [keptAt, `${keptAt}-wal`],
    foundAt: '2026-03-04T05:06:07.089Z',
  },
  latestBackup,
});
const backup = {
  path: '/home/ana/.rehearse/backups/rehearse-2026-03-03T09-00-00-000Z.sqlite',
  takenAt: '2026-03-03T09:00:00.000Z',
};
const working: DatabaseStatus = { state: 'ok', latestBackup: backup, recovered: null };

function answer(status: DatabaseStatus, recover: () => Promise<unknown> = () => Promise.resolve(working)) {
  return vi
    .spyOn(api, 'call')
    .mockImplementation(((name: string) =>
      name === 'app.databaseStatus' ? Promise.resolve(status) : recover()) as never);
}

async function renderGate() {
  await act(async () =>
    render(
      <DatabaseGate>
        <p>The library</p>
      </DatabaseGate>,
    ),
  );
}

describe('DatabaseGate', () => {
  it('shows the app when the database is working', async () => {
    answer(working);
    await renderGate();
    expect(screen.getByText('The library')).toBeTruthy();
    expect(screen.queryByTestId('database-recovery')).toBeNull();
  });

  it('says what happened and where the damaged file was kept, instead of the app', async () => {
    answer(damaged(backup));
    await renderGate();
    expect(screen.queryByText('The library')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Rehearse could not use its database');
    expect(screen.getByText(/could not be opened/)).toBeTruthy();
    expect(screen.getByTestId('kept-at').textContent).toBe(keptAt);
    expect(screen.getByText(new RegExp(`${keptAt}-wal`))).toBeTruthy();
  });

  it('restores the latest backup on request, then shows the app', async () => {
    const call = answer(damaged(backup));
    await renderGate();
    await userEvent.click(screen.getByRole('button', { name: 'Restore the latest backup' }));
    expect(call).toHaveBeenCalledWith('app.recoverDatabase', { choice: 'restore' });
    expect(screen.getByText('The library')).toBeTruthy();
  });

  it('offers only a fresh start when there is no backup, and keeps the choice open if it fails', async () => {
    const call = answer(damaged(null), () => Promise.reject(new ApiCallError('DISK_FULL')));
    await renderGate();
    expect(screen.queryByRole('button', { name: 'Restore the latest backup' })).toBeNull();
    expect(screen.getByText('There is no automatic backup yet to restore.')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Start fresh' }));
    expect(call).toHaveBeenCalledWith('app.recoverDatabase', { choice: 'fresh' });
    expect(screen.getByRole('alert').textContent).toContain(
      'The disk is full. Free some space and try again; nothing saved was lost.',
    );
    expect((screen.getByRole('button', { name: 'Start fresh' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
