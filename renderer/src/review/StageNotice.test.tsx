import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StageNotice } from './StageNotice';
import { addSample, etaFrom } from './use-progress-eta';

afterEach(cleanup);

describe('StageNotice', () => {
  it('shows transcription progress with the time left', () => {
    render(<StageNotice stage={{ state: 'transcribing', jobId: 'j', progress: 0.4 }} etaSeconds={42} />);
    expect((screen.getByRole('progressbar', { name: 'Transcription progress' }) as HTMLProgressElement).value).toBe(
      0.4,
    );
    expect(screen.getByRole('status').textContent).toContain('40% · about 42 s left');
  });

  it('names the waiting and scoring steps', () => {
    const { rerender } = render(<StageNotice stage={{ state: 'queued', jobId: null }} etaSeconds={null} />);
    expect(screen.getByRole('heading').textContent).toBe('Waiting to be transcribed');
    rerender(<StageNotice stage={{ state: 'scoring' }} etaSeconds={null} />);
    expect(screen.getByRole('heading').textContent).toBe('Scoring');
    rerender(<StageNotice stage={{ state: 'ready' }} etaSeconds={null} />);
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers a retry when a step failed', () => {
    const onRetry = vi.fn();
    render(
      <StageNotice
        stage={{
          state: 'failed',
          step: 'transcription',
          jobId: 'j',
          code: 'MODEL_MISSING',
          detail: { model: 'base.en' },
        }}
        etaSeconds={null}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain(
      'Transcription failed: The Whisper model "base.en" is not installed. Download it in Settings.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('offers a cancel only for a job that exists', () => {
    const onCancel = vi.fn(() => Promise.resolve());
    const { rerender } = render(
      <StageNotice stage={{ state: 'queued', jobId: null }} etaSeconds={null} onCancel={onCancel} />,
    );
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    rerender(<StageNotice stage={{ state: 'queued', jobId: 'j' }} etaSeconds={null} />);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    rerender(<StageNotice stage={{ state: 'queued', jobId: 'j' }} etaSeconds={null} onCancel={onCancel} />);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledWith('j');
  });

  it('estimates time left from the rate seen so far', () => {
    expect(etaFrom({ at: 0, progress: 0.1 }, { at: 10_000, progress: 0.3 })).toBeCloseTo(35);
    expect(etaFrom({ at: 0, progress: 0.1 }, { at: 500, progress: 0.3 })).toBeNull();
    expect(etaFrom({ at: 0, progress: 0.1 }, { at: 10_000, progress: 0.11 })).toBeNull();
    let samples = addSample(null, 'j1', 0.1, 0);
    samples = addSample(samples, 'j1', 0.3, 10_000);
    expect(etaFrom(samples.first, samples.latest)).toBeCloseTo(35);
    // A retried job starts a new measurement.
    samples = addSample(samples, 'j2', 0.05, 20_000);
    expect(samples.first).toEqual({ at: 20_000, progress: 0.05 });
  });
});
