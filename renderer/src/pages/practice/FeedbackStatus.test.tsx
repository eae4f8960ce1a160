import { act, cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Review } from '@contract/review';
import { api } from '../../api/client';
import { FeedbackStatus } from './FeedbackStatus';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

type Listener = (payload: { kind: string }) => void;

function fakeReview(state: 'queued' | 'ready') {
  return { stage: state === 'ready' ? { state } : { state, jobId: null } } as unknown as Review;
}

describe('FeedbackStatus', () => {
  it('follows the take and opens its review as soon as the feedback is ready', async () => {
    let stage: 'queued' | 'ready' = 'queued';
    const listeners: Listener[] = [];
    vi.spyOn(api, 'call').mockImplementation(() => Promise.resolve(fakeReview(stage)) as never);
    vi.spyOn(api, 'on').mockImplementation((_name, listener) => {
      listeners.push(listener as Listener);
      return () => undefined;
    });
    const router = createMemoryRouter(
      [
        { path: '/practice', element: <FeedbackStatus attemptId="take-1" /> },
        { path: '/review/:id', element: <p>review page</p> },
      ],
      { initialEntries: ['/practice'] },
    );
    await act(async () => render(<RouterProvider router={router} />));
    expect(screen.getByTestId('feedback-status').textContent).toContain('Waiting to be transcribed');
    expect(router.state.location.pathname).toBe('/practice');

    stage = 'ready';
    await act(async () => listeners.forEach((listener) => listener({ kind: 'jobs' })));
    expect(router.state.location.pathname).toBe('/review/take-1');
  });
});
