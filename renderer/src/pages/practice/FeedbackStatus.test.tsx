import { act, cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeApi } from '../../api/testing/fake-api';
import { sampleReview } from '../../review/testing/sample-review';
import { FeedbackStatus } from './FeedbackStatus';

const scripted = fakeApi();

beforeEach(() => scripted.reset());
afterEach(cleanup);

describe('FeedbackStatus', () => {
  it('follows the take and opens its review as soon as the feedback is ready', async () => {
    scripted.answers['review.get'] = sampleReview({ stage: { state: 'queued', jobId: null } });
    const router = createMemoryRouter(
      [
        { path: '/practice', element: <FeedbackStatus takeId="take-1" /> },
        { path: '/review/:id', element: <p>review page</p> },
      ],
      { initialEntries: ['/practice'] },
    );
    await act(async () => render(<RouterProvider router={router} />));
    expect(screen.getByTestId('feedback-status').textContent).toContain('Waiting to be transcribed');
    expect(router.state.location.pathname).toBe('/practice');

    scripted.answers['review.get'] = sampleReview({ stage: { state: 'ready' } });
    await scripted.emit('data.changed', { kind: 'jobs' });
    expect(router.state.location.pathname).toBe('/review/take-1');
  });
});
