import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { settingsSchema } from '@contract/settings';
import { engineSettingsSchema, type EngineSettings as StoredEngineSettings } from '@contract/transcription';
import { EngineSettings } from './EngineSettings';
import { fakeApi } from '../../api/testing/fake-api';
import { quietReviewAnswers } from '../../review/testing/sample-review';

// Calls are recorded and answered from `answers`.
const scripted = fakeApi();
const { answers, calls } = scripted;

const stored = engineSettingsSchema.parse({});
const updates = () => calls.filter(([name]) => name === 'transcription.settings.update').map(([, input]) => input);
const flush = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));

beforeEach(() => {
  scripted.reset();
  answers['transcription.settings.get'] = stored;
  answers['transcription.status'] = {
    engine: 'local',
    localEngineAvailable: true,
    localModelInstalled: false,
    recommendedModel: { name: 'base.en', sizeBytes: 1 },
    openaiKeySet: false,
    keyServer: 'https://api.openai.com',
    keyAllowed: true,
    keyStorage: { kind: 'file', warning: null },
    blocker: null,
    queuedJobs: 0,
  };
  answers['transcription.models.list'] = { models: [], diskBytes: 0 };
  answers['judge.status'] = quietReviewAnswers['judge.status'];
  // The LLM interviewer's status has the judge's shape.
  answers['followUps.interviewer.status'] = quietReviewAnswers['judge.status'];
  answers['coach.status'] = {
    enabled: false,
    blocker: 'DISABLED',
    baseUrl: 'https://api.openai.com/v1',
    model: 'gpt-4o-mini',
    promptId: 'coach',
    promptVersion: 1,
    keySet: false,
    keyServer: 'https://api.openai.com',
    keyAllowed: true,
  };
});
afterEach(cleanup);

/** Main's answer to an update: the stored settings with the patch applied; the next read returns them. */
function acceptUpdates(current: StoredEngineSettings) {
  answers['transcription.settings.update'] = current;
  answers['transcription.settings.get'] = current;
}

async function renderEngines(onChange = vi.fn(), onError = vi.fn()) {
  render(<EngineSettings settings={settingsSchema.parse({})} onChange={onChange} onError={onError} />);
  await screen.findByTestId('transcription-engine');
  return { onChange, onError };
}

describe('EngineSettings', () => {
  it('configures a compatible server one field at a time, sending only the field changed', async () => {
    await renderEngines();
    acceptUpdates({ ...stored, engine: 'openai' });
    fireEvent.change(screen.getByTestId('transcription-engine'), { target: { value: 'openai' } });
    await flush();
    const server = await screen.findByTestId('transcription-server');
    expect((server as HTMLInputElement).value).toBe('https://api.openai.com/v1');

    fireEvent.change(server, { target: { value: 'http://127.0.0.1:8080/v1' } });
    expect(updates()).toEqual([{ engine: 'openai' }]); // nothing saved while typing
    acceptUpdates({ ...stored, engine: 'openai', openaiBaseUrl: 'http://127.0.0.1:8080/v1' });
    fireEvent.blur(server);
    await flush();

    const model = screen.getByTestId('transcription-model');
    fireEvent.blur(model); // left unchanged: nothing to save
    fireEvent.change(model, { target: { value: 'whisper-large-v3' } });
    fireEvent.keyDown(model, { key: 'Enter' });
    expect(updates()).toEqual([
      { engine: 'openai' },
      { openaiBaseUrl: 'http://127.0.0.1:8080/v1' },
      { openaiModel: 'whisper-large-v3' },
    ]);
    expect((screen.getByTestId('transcription-engine') as HTMLSelectElement).value).toBe('openai');
  });

  it('shows what is stored again when main refuses a value, with its reason', async () => {
    answers['transcription.settings.get'] = { ...stored, engine: 'openai' };
    const { onError } = await renderEngines();
    // The contract refuses the address before any answer, as dispatch() does in main.
    const server = screen.getByTestId('transcription-server') as HTMLInputElement;
    fireEvent.change(server, { target: { value: 'not a url' } });
    fireEvent.blur(server);
    await flush();
    expect(onError).toHaveBeenLastCalledWith(
      'Rehearse could not accept that request. Check what you entered and try again.',
    );
    expect(server.value).toBe('https://api.openai.com/v1');
  });

  it('turns the coach on and sets its server and model, each on its own', async () => {
    const { onChange } = await renderEngines();
    fireEvent.click(screen.getByTestId('coach-enabled'));
    expect(onChange).toHaveBeenLastCalledWith({ coachEnabled: true });
    cleanup();
    render(
      <EngineSettings settings={settingsSchema.parse({ coachEnabled: true })} onChange={onChange} onError={vi.fn()} />,
    );
    const coachServer = screen.getByTestId('coach-server');
    fireEvent.change(coachServer, { target: { value: 'http://127.0.0.1:11434/v1' } });
    fireEvent.blur(coachServer);
    expect(onChange).toHaveBeenLastCalledWith({ coachBaseUrl: 'http://127.0.0.1:11434/v1' });
    const coachModel = screen.getByTestId('coach-model');
    fireEvent.change(coachModel, { target: { value: '  ' } });
    fireEvent.blur(coachModel);
    expect(onChange).toHaveBeenCalledTimes(2); // a blank model is not saved
    expect((coachModel as HTMLInputElement).value).toBe('gpt-4o-mini');
  });
});
