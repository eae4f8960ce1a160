import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Review } from '@contract/review';
import type { TranscriptionJob } from '@contract/transcription';
import { sampleJob, sampleReview, quietReviewAnswers } from '../../review/testing/sample-review';
import { ReviewTakePage } from './ReviewTakePage';
import { ApiCallError } from '../../api/client';
import { fakeApi } from '../../api/testing/fake-api';

// Calls are recorded and answered from `answers`; `emit` plays main's events.
const scripted = fakeApi();
const { answers, calls, emit } = scripted;

const job = (status: TranscriptionJob['status'], progress: number): TranscriptionJob =>
  sampleJob(status, progress, status === 'canceled' ? { errorCode: 'CANCELED', errorDetail: {} } : {});

const running = (review: Review = sampleReview()): Review => ({
  ...review,
  stage: { state: 'transcribing', jobId: 'job-2', progress: 0.3 },
  feedback: null,
});
const firstRun = () => running(sampleReview({ transcript: null }));
const canceledFirstRun = (): Review =>
  sampleReview({
    transcript: null,
    feedback: null,
    stage: { state: 'failed', step: 'transcription', jobId: 'job-2', code: 'CANCELED', detail: {} },
  });

async function settle(work: () => void = () => undefined) {
  await act(async () => {
    work();
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function openPage() {
  render(
    <MemoryRouter initialEntries={['/review/att-1']}>
      <Routes>
        <Route path="/review/:takeId" element={<ReviewTakePage />} />
      </Routes>
    </MemoryRouter>,
  );
  await screen.findByRole('region', { name: 'Transcript' });
}

/** From a scored take, "Transcribe again…" with the default engine; the job is then running. */
async function transcribeAgain() {
  await openPage();
  fireEvent.click(await screen.findByRole('button', { name: 'Transcribe again…' }));
  answers['review.get'] = { ...running(), stage: { state: 'queued', jobId: 'job-2' } };
  await settle(() => fireEvent.click(screen.getByRole('button', { name: 'Start transcribing' })));
}

const cancelButton = () => within(screen.getByTestId('stage-notice')).getByRole('button', { name: 'Cancel' });
const cancelCalls = () => calls.filter(([name]) => name === 'transcription.jobs.cancel');

beforeEach(() => {
  scripted.reset();
  Object.assign(answers, {
    ...quietReviewAnswers,
    'review.get': sampleReview(),
    'review.takes': [],
    'transcription.engines': {
      chosen: 'local',
      engines: [{ engine: 'local', model: 'base.en', server: null, blocker: null }],
    },
    'transcription.jobs.enqueue': job('queued', 0),
    'transcription.jobs.cancel': { ok: true },
  });
});
afterEach(cleanup);

describe('ReviewTakePage: a transcription running over a transcript', () => {
  it('keeps the previous transcript and score in view, marked as about to be replaced', async () => {
    await transcribeAgain();
    expect(screen.getByRole('heading', { name: 'Waiting to be transcribed' })).toBeTruthy();
    const note = screen.getByTestId('superseded-transcript');
    expect(note.textContent).toContain('Being transcribed again — this is the previous transcript');
    expect(screen.getByTestId('transcript').textContent).toContain('latency.');
    expect(screen.getByTestId('transcript').closest('.superseded')).not.toBeNull();
    const previous = screen.getByTestId('superseded-score');
    expect(previous.textContent).toContain('Score of the previous transcript');
    expect(within(previous).getByTestId('overall-score').textContent).toBe('64');
    expect(screen.queryByRole('button', { name: 'Correct' })).toBeNull();

    answers['review.get'] = running();
    await emit('data.changed', { kind: 'jobs' });
    await emit('transcription.job', job('running', 0.3));
    expect(screen.getByRole('progressbar', { name: 'Transcription progress' })).toBeTruthy();
    expect(screen.getByTestId('superseded-transcript')).toBeTruthy();
    expect(within(screen.getByTestId('superseded-score')).getByTestId('overall-score').textContent).toBe('64');
  });

  it('cancels the job by its id and returns to the previous transcript and score', async () => {
    await transcribeAgain();
    answers['review.get'] = running();
    await emit('data.changed', { kind: 'jobs' });
    await emit('transcription.job', job('running', 0.3));

    await settle(() => fireEvent.click(cancelButton()));
    expect(cancelCalls()).toEqual([['transcription.jobs.cancel', { jobId: 'job-2' }]]);
    // The engine is still stopping: the button says so instead of offering a second cancel.
    expect(within(screen.getByTestId('stage-notice')).getByRole('button', { name: 'Canceling…' })).toHaveProperty(
      'disabled',
      true,
    );

    answers['review.get'] = sampleReview();
    await emit('transcription.job', job('canceled', 0.3));
    expect(screen.queryByTestId('stage-notice')).toBeNull();
    expect(screen.queryByTestId('superseded-transcript')).toBeNull();
    expect(screen.queryByTestId('superseded-score')).toBeNull();
    expect(screen.getByTestId('transcript').closest('.superseded')).toBeNull();
    expect(screen.getByTestId('overall-score').textContent).toBe('64');
    expect(screen.getByRole('button', { name: 'Transcribe again…' })).toBeTruthy();
  });

  it('says the transcription was canceled when the take had no transcript, and can start it again', async () => {
    answers['review.get'] = firstRun();
    await openPage();
    expect(screen.queryByTestId('superseded-transcript')).toBeNull();
    answers['review.get'] = canceledFirstRun();
    await settle(() => fireEvent.click(cancelButton()));
    expect(cancelCalls()).toEqual([['transcription.jobs.cancel', { jobId: 'job-2' }]]);
    await emit('transcription.job', job('canceled', 0));

    const notice = screen.getByTestId('stage-notice');
    expect(within(notice).getByRole('heading').textContent).toBe('Transcription canceled');
    expect(screen.queryByRole('alert')).toBeNull();
    answers['review.retry'] = firstRun();
    await settle(() => fireEvent.click(within(notice).getByRole('button', { name: 'Transcribe again' })));
    expect(calls.filter(([name]) => name === 'review.retry')).toEqual([['review.retry', { takeId: 'att-1' }]]);
    expect(screen.getByRole('progressbar', { name: 'Transcription progress' })).toBeTruthy();
  });

  it('shows a refused cancel as a message and lets the user try again', async () => {
    answers['review.get'] = firstRun();
    await openPage();
    answers['transcription.jobs.cancel'] = new ApiCallError('CONFLICT', { reason: 'job-not-running' });
    await settle(() => fireEvent.click(cancelButton()));
    expect(within(screen.getByTestId('stage-notice')).getByRole('alert').textContent).toBe(
      'That job is not queued or running.',
    );
    expect(cancelButton()).toHaveProperty('disabled', false);
    expect(document.body.textContent).not.toMatch(/ApiCallError|\bat .*\.tsx?:\d+/);
  });
});
