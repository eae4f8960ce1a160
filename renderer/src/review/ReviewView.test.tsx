import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Review } from '@contract/review';
import { ReviewView, type ReviewViewProps } from './ReviewView';
import { sampleReview } from './testing/sample-review';

afterEach(cleanup);

function renderView(review: Review, overrides: Partial<ReviewViewProps> = {}) {
  const props: ReviewViewProps = {
    review,
    takes: null,
    mediaUrl: (file) => `/media/${file}`,
    etaSeconds: null,
    onRetry: vi.fn(),
    onSaveTranscript: vi.fn(() => Promise.resolve()),
    onRestoreTranscript: vi.fn(() => Promise.resolve()),
    onExport: vi.fn(() => Promise.resolve({ fileName: 'a.txt', mimeType: 'text/plain', content: 'x' })),
    engines: { status: 'loading' },
    onTranscribeAgain: vi.fn(() => Promise.resolve()),
    onCancelTranscription: vi.fn(() => Promise.resolve()),
    ...overrides,
  };
  render(
    <MemoryRouter>
      <ReviewView {...props} />
    </MemoryRouter>,
  );
  return props;
}

describe('ReviewView', () => {
  it('shows no score, mark or key-point status until the take is fully scored', () => {
    // Even if a score is at hand, a take still scoring shows progress, not a result.
    renderView(sampleReview({ stage: { state: 'scoring' } }));
    expect(screen.getByRole('status').textContent).toContain('Scoring');
    expect(screen.queryByRole('region', { name: 'Scores' })).toBeNull();
    expect(document.querySelectorAll('mark.word')).toHaveLength(0);
    expect(document.querySelectorAll('[data-status]')).toHaveLength(0);
    expect(screen.getByTestId('transcript').textContent).toContain('latency.');
  });

  it('lights up the transcript words that covered a key point while it is hovered', () => {
    renderView(sampleReview());
    const covered = within(screen.getByTestId('key-points')).getAllByRole('listitem')[0]!;
    fireEvent.mouseEnter(covered);
    const lit = [...document.querySelectorAll('.word.evidence')].map((word) => word.textContent?.trim());
    expect(lit).toEqual(['cache', 'p99', 'latency.']);
    fireEvent.mouseLeave(covered);
    expect(document.querySelectorAll('.word.evidence')).toHaveLength(0);
  });

  it('corrects the transcript and offers to restore the original once corrected', async () => {
    const review = sampleReview();
    const props = renderView(review);
    fireEvent.click(screen.getByRole('button', { name: 'Correct' }));
    const box = screen.getByRole('textbox');
    fireEvent.change(box, { target: { value: review.transcript!.text.replace('Redis', 'Redis Cluster') } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save and rescore' }));
      await Promise.resolve();
    });
    expect(props.onSaveTranscript).toHaveBeenCalledWith(expect.stringContaining('Maybe Redis Cluster.'));
    expect(screen.queryByRole('textbox')).toBeNull();
    cleanup();
    renderView(
      sampleReview({ transcript: { ...review.transcript!, edited: true, editedAt: '2025-03-05T00:00:00.000Z' } }),
    );
    expect(screen.getByRole('heading', { name: 'Transcript (corrected)' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Correct' }));
    expect(screen.getByRole('button', { name: 'Restore the original' })).toBeTruthy();
  });
});
