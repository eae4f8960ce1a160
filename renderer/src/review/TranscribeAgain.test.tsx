import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineChoice } from '@contract/transcription';
import { ApiCallError } from '../api/client';
import type { QueryState } from '../api/use-api-query';
import { TranscribeAgain, type EngineChoices } from './TranscribeAgain';

afterEach(cleanup);

const local: EngineChoice = { engine: 'local', model: 'small.en', server: null, blocker: null };
const cloud: EngineChoice = {
  engine: 'openai',
  model: 'whisper-1',
  server: 'https://api.openai.com/v1',
  blocker: 'API_KEY_MISSING',
};
const ready = (...engines: EngineChoice[]): QueryState<EngineChoices> => ({
  status: 'ready',
  data: { chosen: 'local', engines },
});

function renderPanel(engines: QueryState<EngineChoices>, edited = false, onStart = vi.fn(() => Promise.resolve())) {
  const onClose = vi.fn();
  render(
    <MemoryRouter>
      <TranscribeAgain engines={engines} edited={edited} onStart={onStart} onClose={onClose} />
    </MemoryRouter>,
  );
  return { onStart, onClose };
}

const radio = (name: RegExp) => screen.getByRole('radio', { name }) as HTMLInputElement;

describe('TranscribeAgain', () => {
  it('offers the local engine with its model and the cloud one, disabled with the reason when it has no key', () => {
    renderPanel(ready(local, cloud));
    expect(radio(/^On this computer \(whisper\.cpp, small\.en\)$/).checked).toBe(true);
    const openai = radio(/^OpenAI \/ compatible server$/);
    expect(openai.disabled).toBe(true);
    expect(openai.getAttribute('aria-describedby')).toBeTruthy();
    const why = document.getElementById(openai.getAttribute('aria-describedby')!)!;
    expect(why.textContent).toContain('OpenAI needs an API key');
  });

  it('starts with the engine picked for this take and says where the audio goes', async () => {
    const { onStart, onClose } = renderPanel(
      ready(local, { ...cloud, server: 'http://127.0.0.1:8080/v1', blocker: null }),
    );
    fireEvent.click(radio(/OpenAI/));
    expect(screen.getByText(/Sends this take's audio to 127\.0\.0\.1:8080/)).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Start transcribing' }));
      await Promise.resolve();
    });
    expect(onStart).toHaveBeenCalledWith('openai');
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('cannot start when no engine can run, and says why the local one cannot', () => {
    renderPanel(ready({ ...local, blocker: 'MODEL_MISSING' }, cloud));
    expect(radio(/whisper\.cpp/).disabled).toBe(true);
    expect(screen.getByText(/speech model small\.en is not installed/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Start transcribing' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('warns that a correction outlives the new machine transcript only when there is one', () => {
    renderPanel(ready(local));
    expect(screen.queryByRole('note')).toBeNull();
    cleanup();
    renderPanel(ready(local), true);
    expect(screen.getByRole('note').textContent).toContain('your correction wins over a newer machine transcript');
  });

  it('shows a refusal as its message and stays open', async () => {
    const refuse = vi.fn(() => Promise.reject(new ApiCallError('NOT_FOUND', { reason: 'no-recording' })));
    const { onClose } = renderPanel(ready(local), false, refuse);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Start transcribing' }));
      await Promise.resolve();
    });
    expect(screen.getByRole('alert').textContent).toBe('That take has no recording to transcribe.');
    expect(onClose).not.toHaveBeenCalled();
  });
});
