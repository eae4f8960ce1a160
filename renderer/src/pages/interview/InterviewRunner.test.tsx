import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { interviewOptionsSchema, type Interview } from '@contract/interviews';
import { fakeApi } from '../../api/testing/fake-api';
import { sampleReview } from '../../review/testing/sample-review';
import { fakeCapture, settings } from '../practice/session/testing-fakes';
import { InterviewRunner } from './InterviewRunner';

const scripted = fakeApi();
const { answers, calls } = scripted;
let current: Interview;

/** A tiny in-memory server: answers move the interview on, as the real service does. */
function scriptInterview(): void {
  const at = (patch: Partial<Interview>) => (current = { ...current, ...patch });
  answers['review.get'] = sampleReview({ stage: { state: 'scoring' }, feedback: null });
  answers['interviews.answer'] = (input) => {
    const next = input.position + 1;
    const items = current.items.map((item) =>
      item.position === input.position ? { ...item, status: 'answered' as const, takeId: input.takeId } : item,
    );
    return at({ items, currentIndex: next, status: next >= items.length ? 'completed' : current.status });
  };
  answers['interviews.pause'] = () => at({ status: 'paused' });
  answers['interviews.resume'] = () => at({ status: 'active' });
  answers['interviews.finish'] = () => at({ status: 'quit' });
}

const item = (position: number) => ({
  position,
  questionId: `q${position + 1}`,
  deckId: 'd1',
  prompt: `Question ${position + 1}?`,
  section: '',
  kind: 'technical',
  targetSeconds: 30,
  takeId: null,
  status: 'pending' as const,
  answeredAt: null,
});

function start(count = 2, feedbackBetween = false) {
  current = {
    id: 's1',
    title: 'Mock',
    deckId: 'd1',
    options: interviewOptionsSchema.parse({ feedbackBetween }),
    status: 'active',
    currentIndex: 0,
    thinkSeconds: 2,
    createdAt: '2026-01-01T00:00:00Z',
    updatedAt: '2026-01-01T00:00:00Z',
    finishedAt: null,
    items: Array.from({ length: count }, (_, i) => item(i)),
  };
  const fake = fakeCapture();
  render(
    <MemoryRouter initialEntries={['/interview/s1']}>
      <Routes>
        <Route
          path="/interview/s1"
          element={<InterviewRunner initial={current} settings={settings} capture={fake.capture} />}
        />
        <Route path="/interview/s1/report" element={<p>report page</p>} />
      </Routes>
    </MemoryRouter>,
  );
  return fake;
}

const tick = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));
const phase = () => screen.getByTestId('interview-question').dataset.phase;

beforeEach(() => {
  vi.useFakeTimers();
  scripted.reset();
  scriptInterview();
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('InterviewRunner', () => {
  it('asks each question in turn: think time, recording, then straight to the next', async () => {
    const { recorder } = start();
    await tick(0);
    expect(phase()).toBe('thinking');
    await tick(2_200);
    expect(recorder.start).toHaveBeenCalledWith('q1');
    expect(phase()).toBe('recording');
    fireEvent.keyDown(window, { key: ' ' });
    await tick(0);
    expect(calls).toContainEqual(['interviews.answer', { interviewId: 's1', position: 0, takeId: 'a1' }]);
    expect(screen.getByRole('heading', { name: 'Question 2?' })).toBeTruthy();
    expect(screen.queryByText(/feedback appears/)).toBeNull();
    await tick(2_200);
    fireEvent.keyDown(window, { key: ' ' });
    await tick(0);
    expect(screen.getByText('report page')).toBeTruthy();
  });

  it('pausing during think time goes back to waiting and records nothing until resumed', async () => {
    const { recorder } = start();
    await tick(0);
    await tick(500);
    fireEvent.click(screen.getByRole('button', { name: 'Pause' }));
    await tick(0);
    await tick(5_000);
    expect(screen.getByTestId('interview-paused')).toBeTruthy();
    expect(phase()).toBe('ready');
    expect(recorder.start).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Resume' }));
    await tick(0);
    await tick(2_200);
    expect(recorder.start).toHaveBeenCalledTimes(1);
  });

  it('ending mid-answer keeps that answer, then ends the interview', async () => {
    const { recorder } = start(3);
    await tick(0);
    await tick(2_200);
    expect(phase()).toBe('recording');
    fireEvent.click(screen.getByRole('button', { name: 'End interview' }));
    fireEvent.click(screen.getByRole('button', { name: 'End and see the report' }));
    await tick(0);
    await tick(0);
    expect(recorder.stop).toHaveBeenCalled();
    expect(calls.map(([name]) => name)).toEqual(['interviews.answer', 'interviews.finish']);
    expect(screen.getByText('report page')).toBeTruthy();
  });

  it('shows the answer’s feedback between questions when asked, and waits for the user', async () => {
    const { recorder } = start(2, true);
    await tick(0);
    await tick(2_200);
    fireEvent.keyDown(window, { key: ' ' });
    await tick(0);
    expect(screen.getByTestId('take-feedback').textContent).toContain('Scoring…');
    await tick(5_000);
    expect(recorder.start).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    await tick(0);
    expect(screen.getByRole('heading', { name: 'Question 2?' })).toBeTruthy();
  });
});
