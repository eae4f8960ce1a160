import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { api } from '../../api/client';
import { TranscriptionNotice } from './TranscriptionNotice';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const status = (blocker: string | null) => ({
  engine: 'local',
  localEngineAvailable: true,
  localModelInstalled: blocker !== 'MODEL_MISSING',
  recommendedModel: { name: 'base.en', sizeBytes: 147_964_211 },
  openaiKeySet: false,
  keyStorage: { kind: 'file', warning: null },
  blocker,
  queuedJobs: 2,
});

async function show(blocker: string | null) {
  vi.spyOn(api, 'on').mockReturnValue(() => undefined);
  const call = vi
    .spyOn(api, 'call')
    .mockImplementation(
      (name) => Promise.resolve(name === 'transcription.status' ? status(blocker) : { ok: true }) as never,
    );
  const router = createMemoryRouter([{ path: '/', element: <TranscriptionNotice /> }]);
  await act(async () => render(<RouterProvider router={router} />));
  return call;
}

describe('TranscriptionNotice', () => {
  it('on first run recommends base.en with its size, downloads it on request, and offers the cloud engine', async () => {
    const call = await show('MODEL_MISSING');
    const notice = screen.getByTestId('transcription-notice');
    expect(notice.textContent).toContain('base.en (148 MB)');
    expect(notice.textContent).toContain('2 takes are waiting');
    expect(screen.getByText('Or use a cloud engine instead')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('Download base.en')));
    expect(call).toHaveBeenCalledWith('transcription.models.download', { name: 'base.en' });
    expect(notice.textContent).toContain('Downloading');
  });

  it('says nothing when transcription can run', async () => {
    await show(null);
    expect(screen.queryByTestId('transcription-notice')).toBeNull();
  });
});
