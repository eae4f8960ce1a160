import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ModelInfo } from '@contract/transcription';
import { fakeApi } from '../../api/testing/fake-api';
import { ModelManager } from './ModelManager';

afterEach(cleanup);

const model = (name: string, extra: Partial<ModelInfo> = {}): ModelInfo => ({
  name,
  description: 'English only',
  multilingual: false,
  quantized: false,
  sizeBytes: 147_964_211,
  recommended: name === 'base.en',
  source: 'catalogue',
  installed: false,
  download: null,
  ...extra,
});

describe('ModelManager', () => {
  it('downloads a model with a progress bar and time left, and offers pause and cancel meanwhile', async () => {
    const scripted = fakeApi();
    scripted.answers['transcription.models.list'] = {
      models: [model('tiny.en', { installed: true, sizeBytes: 77_691_713 }), model('base.en')],
      diskBytes: 77_691_713,
    };
    scripted.answers['transcription.models.download'] = { ok: true };
    scripted.answers['transcription.models.pause'] = { ok: true };
    await act(async () => render(<ModelManager />));
    expect(screen.getByTestId('model-manager').textContent).toContain('78 MB of disk');
    const base = screen.getByTestId('model-base.en');
    expect(base.textContent).toContain('Recommended');

    await act(async () => fireEvent.click(within(base).getByText('Download')));
    expect(scripted.calls).toContainEqual(['transcription.models.download', { name: 'base.en' }]);

    await scripted.emit('transcription.model', {
      name: 'base.en',
      state: 'downloading',
      receivedBytes: 37_000_000,
      totalBytes: 147_964_211,
      etaSeconds: 95,
      error: null,
    });
    expect(within(base).getByRole('progressbar')).toHaveProperty('value', 37_000_000);
    expect(base.textContent).toContain('37 MB of 148 MB · about 2 min left');
    await act(async () => fireEvent.click(within(base).getByText('Pause')));
    expect(scripted.calls).toContainEqual(['transcription.models.pause', { name: 'base.en' }]);
    expect(within(base).getByText('Cancel')).toBeTruthy();
    expect(within(screen.getByTestId('model-tiny.en')).getByText('Delete')).toBeTruthy();
  });

  it('imports a model file through the system dialog in the desktop app, and by path in a browser', async () => {
    const models = { models: [model('base.en')], diskBytes: 0 };
    const imported = model('custom', { source: 'imported', installed: true });

    const desktop = fakeApi('electron');
    desktop.answers['transcription.models.list'] = models;
    desktop.answers['transcription.models.importChosen'] = null;
    await act(async () => render(<ModelManager />));
    expect(screen.queryByPlaceholderText('/path/to/ggml-base.en.bin')).toBeNull();
    await act(async () => fireEvent.click(screen.getByText('Import a model file…')));
    expect(desktop.calls).toContainEqual(['transcription.models.importChosen', {}]);
    cleanup();

    const browser = fakeApi('web');
    browser.answers['transcription.models.list'] = models;
    browser.answers['transcription.models.import'] = imported;
    await act(async () => render(<ModelManager />));
    expect(screen.queryByText('Import a model file…')).toBeNull();
    fireEvent.change(screen.getByPlaceholderText('/path/to/ggml-base.en.bin'), { target: { value: '/m/a.bin' } });
    await act(async () => fireEvent.click(screen.getByText('Import')));
    expect(browser.calls).toContainEqual(['transcription.models.import', { path: '/m/a.bin' }]);
  });
});
