import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TranscriptionStatus } from '@contract/transcription';
import { fakeApi } from '../../api/testing/fake-api';
import { TranscriptionNotice } from './TranscriptionNotice';

const scripted = fakeApi();
const { answers, calls } = scripted;

beforeEach(() => scripted.reset());
afterEach(cleanup);

const status = (blocker: TranscriptionStatus['blocker']): TranscriptionStatus => ({
  engine: 'local',
  localEngineAvailable: true,
  localModelInstalled: blocker !== 'MODEL_MISSING',
  recommendedModel: { name: 'base.en', sizeBytes: 147_964_211 },
  openaiKeySet: false,
  keyServer: 'https://api.openai.com',
  keyAllowed: true,
  keyStorage: { kind: 'file', warning: null },
  blocker,
  queuedJobs: 2,
});

async function show(blocker: TranscriptionStatus['blocker']) {
  answers['transcription.status'] = status(blocker);
  answers['transcription.models.download'] = { ok: true };
  const router = createMemoryRouter([{ path: '/', element: <TranscriptionNotice /> }]);
  await act(async () => render(<RouterProvider router={router} />));
}

describe('TranscriptionNotice', () => {
  it('on first run recommends base.en with its size, downloads it on request, and offers the cloud engine', async () => {
    await show('MODEL_MISSING');
    const notice = screen.getByTestId('transcription-notice');
    expect(notice.textContent).toContain('base.en (148 MB)');
    expect(notice.textContent).toContain('2 takes are waiting');
    expect(screen.getByText('Or use a cloud engine instead')).toBeTruthy();
    await act(async () => fireEvent.click(screen.getByText('Download base.en')));
    expect(calls).toContainEqual(['transcription.models.download', { name: 'base.en' }]);
    expect(notice.textContent).toContain('Downloading');
  });

  it('says nothing when transcription can run', async () => {
    await show(null);
    expect(screen.queryByTestId('transcription-notice')).toBeNull();
  });
});
