import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ModelAnswerPanel } from './ModelAnswerPanel';
import { sampleFeedback, sampleReview } from './testing/sample-review';

afterEach(cleanup);

const { question } = sampleReview();
const { keyPoints } = sampleFeedback();

describe('ModelAnswerPanel', () => {
  it('renders the model answer as Markdown with each key point marked in place', () => {
    render(<ModelAnswerPanel markdown={question.modelAnswer} keyPoints={keyPoints} onHighlight={() => undefined} />);
    const answer = document.querySelector('.markdown')!;
    expect(answer.querySelector('strong')?.textContent).toBe('p99');
    const items = [...answer.querySelectorAll('li')];
    expect(items.map((item) => item.dataset.status)).toEqual(['covered', 'partly', 'missed']);
    expect(items[2]!.textContent).toContain('Missed');
    // The lead-in paragraph states no key point and stays unmarked.
    expect(answer.querySelector('p')?.dataset.status).toBeUndefined();
    const list = within(screen.getByTestId('key-points')).getAllByRole('listitem');
    expect(list.map((item) => item.textContent)).toEqual([
      'Covered Add a cache in front of the database to cut p99 latency',
      'Partly covered Use Redis with a TTL',
      'Missed Measure the hit ratio before and after',
    ]);
  });

  it('shows the coaching notes apart from the model answer, and none when the question has none', () => {
    const notes = 'Name the **trade-off** before the fix.';
    render(
      <ModelAnswerPanel markdown={question.modelAnswer} notes={notes} keyPoints={null} onHighlight={() => undefined} />,
    );
    const shown = screen.getByTestId('review-notes');
    expect(shown.textContent).toContain('Coaching notes (not scored)');
    expect(shown.querySelector('strong')?.textContent).toBe('trade-off');
    expect(document.querySelector('.model-answer > .markdown')?.textContent).not.toContain('trade-off');
    cleanup();
    render(<ModelAnswerPanel markdown={question.modelAnswer} keyPoints={null} onHighlight={() => undefined} />);
    expect(screen.queryByTestId('review-notes')).toBeNull();
  });

  it('points at the words that covered a point while it is hovered or focused', () => {
    const onHighlight = vi.fn();
    render(<ModelAnswerPanel markdown={question.modelAnswer} keyPoints={keyPoints} onHighlight={onHighlight} />);
    const [covered, partly, missed] = within(screen.getByTestId('key-points')).getAllByRole('listitem');
    fireEvent.mouseEnter(covered!);
    expect(onHighlight).toHaveBeenLastCalledWith([6, 9, 10]);
    fireEvent.mouseLeave(covered!);
    expect(onHighlight).toHaveBeenLastCalledWith([]);
    fireEvent.focus(partly!);
    expect(onHighlight).toHaveBeenLastCalledWith([12]);
    onHighlight.mockClear();
    fireEvent.mouseEnter(missed!);
    expect(onHighlight).not.toHaveBeenCalled();
  });

  it('marks a point covered in the speaker’s own words, and highlights the words that said it', () => {
    const onHighlight = vi.fn();
    const said = [{ ...keyPoints[0]!, inOtherWords: true }, keyPoints[1]!, { ...keyPoints[2]!, inOtherWords: true }];
    render(<ModelAnswerPanel markdown={question.modelAnswer} keyPoints={said} onHighlight={onHighlight} />);
    const [covered, partly, missed] = within(screen.getByTestId('key-points')).getAllByRole('listitem');
    expect(covered!.dataset.status).toBe('covered');
    expect(within(covered!).getByText('in your words')).toBeTruthy();
    expect(within(partly!).queryByText('in your words')).toBeNull();
    // A missed point was not said in any words.
    expect(within(missed!).queryByText('in your words')).toBeNull();
    expect(document.querySelector('.markdown li[data-status="covered"] .kp-own-words')).not.toBeNull();
    fireEvent.focus(covered!);
    expect(onHighlight).toHaveBeenLastCalledWith([6, 9, 10]);
  });

  it('shows the answer without marks before feedback is ready', () => {
    render(<ModelAnswerPanel markdown={question.modelAnswer} keyPoints={null} onHighlight={() => undefined} />);
    expect(document.querySelectorAll('[data-status]')).toHaveLength(0);
    expect(screen.queryByTestId('key-points')).toBeNull();
  });
});
