import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Review } from '@contract/review';
import type { TranscriptionJob } from '@contract/transcription';
import { sampleFeedback, sampleJob, sampleReview, quietReviewAnswers } from '../../review/testing/sample-review';
import { ReviewTakePage } from './ReviewTakePage';
import { ApiCallError } from '../../api/client';
import { fakeApi } from '../../api/testing/fake-api';

// Calls are recorded and answered from `answers`; `emit` plays main's events.
const scripted = fakeApi();
const { answers, calls, emit } = scripted;

const job = (status: TranscriptionJob['status'], progress: number): TranscriptionJob =>
  sampleJob(status, progress, {
    engine: 'openai',
    model: 'whisper-1',
    ...(status === 'failed'
      ? { errorCode: 'UNAUTHORIZED', errorDetail: { reason: 'key-rejected' as const, who: 'transcription' as const } }
      : {}),
  });

async function transcribeAgainWithCloud() {
  render(
    <MemoryRouter initialEntries={['/review/att-1']}>
      <Routes>
        <Route path="/review/:takeId" element={<ReviewTakePage />} />
      </Routes>
    </MemoryRouter>,
  );
  fireEvent.click(await screen.findByRole('button', { name: 'Transcribe again…' }));
  fireEvent.click(await screen.findByRole('radio', { name: 'OpenAI / compatible server' }));
  answers['review.get'] = sampleReview({ stage: { state: 'queued', jobId: 'job-2' }, feedback: null });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Start transcribing' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

const setReview = (review: Review) => (answers['review.get'] = review);

beforeEach(() => {
  scripted.reset();
  Object.assign(answers, {
    ...quietReviewAnswers,
    'review.get': sampleReview(),
    'review.takes': [],
    'transcription.engines': {
      chosen: 'local',
      engines: [
        { engine: 'local', model: 'base.en', server: null, blocker: null },
        { engine: 'openai', model: 'whisper-1', server: 'http://127.0.0.1:8080/v1', blocker: null },
      ],
    },
    'transcription.jobs.enqueue': job('queued', 0),
  });
});
afterEach(cleanup);

describe('ReviewTakePage: transcribe again', () => {
  it('queues the take with the chosen engine, follows its progress, then shows the new transcript and score', async () => {
    await transcribeAgainWithCloud();
    expect(calls.filter(([name]) => name === 'transcription.jobs.enqueue')).toEqual([
      ['transcription.jobs.enqueue', { takeId: 'att-1', engine: 'openai' }],
    ]);
    expect(screen.getByRole('heading', { name: 'Waiting to be transcribed' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Transcribe again…' })).toBeNull();

    setReview(sampleReview({ stage: { state: 'transcribing', jobId: 'job-2', progress: 0.1 }, feedback: null }));
    await emit('data.changed', { kind: 'jobs' });
    await emit('transcription.job', job('running', 0.45));
    const bar = screen.getByRole('progressbar', { name: 'Transcription progress' }) as HTMLProgressElement;
    expect(bar.value).toBe(0.45);

    const base = sampleReview();
    setReview({
      ...base,
      transcript: {
        ...base.transcript!,
        text: 'Brand new words',
        words: ['Brand', 'new', 'words'].map((text, i) => ({ text, start: i, end: i + 0.5, probability: 0.9 })),
        engine: 'openai',
        model: 'whisper-1',
      },
      feedback: sampleFeedback({ overall: 81, marks: [], keyPoints: [] }),
    });
    await emit('transcription.job', job('done', 1));
    expect(screen.getByTestId('transcript').textContent).toContain('Brand new words');
    expect(screen.getByTestId('overall-score').textContent).toBe('81');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('shows an engine failure and a refused request as messages, never a stack', async () => {
    await transcribeAgainWithCloud();
    setReview(
      sampleReview({
        stage: {
          state: 'failed',
          step: 'transcription',
          jobId: 'job-2',
          code: 'UNAUTHORIZED',
          detail: { reason: 'key-rejected', who: 'transcription' },
        },
        feedback: null,
      }),
    );
    await emit('transcription.job', job('failed', 0));
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain(
      'Transcription failed: The transcription server rejected the API key (401). Check the key in Settings.',
    );

    // A failed take can go through another engine; a refusal stays in the panel as words.
    answers['transcription.jobs.enqueue'] = new ApiCallError('NOT_FOUND', { reason: 'no-recording' });
    fireEvent.click(screen.getByRole('button', { name: 'Transcribe again…' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Start transcribing' }));
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    const messages = screen.getAllByRole('alert').map((node) => node.textContent);
    expect(messages).toContain('That take has no recording to transcribe.');
    expect(document.body.textContent).not.toMatch(/ApiCallError|\bat .*\.tsx?:\d+/);
  });
});
