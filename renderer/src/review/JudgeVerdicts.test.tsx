import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Feedback } from '@contract/review';
import { ModelAnswerPanel } from './ModelAnswerPanel';
import { sampleFeedback, sampleReview } from './testing/sample-review';

afterEach(cleanup);

const { question } = sampleReview();
const { keyPoints } = sampleFeedback();
const [covered, partly, missed] = keyPoints;

const judged = (judge: Feedback['judge']) =>
  render(
    <ModelAnswerPanel markdown={question.modelAnswer} keyPoints={keyPoints} judge={judge} onHighlight={() => {}} />,
  );

const done = (points: NonNullable<Feedback['judge']>['points']): Feedback['judge'] => ({
  state: 'done',
  model: 'llama-3.1-8b',
  promptVersion: 1,
  error: null,
  points,
});

describe('the judge’s verdicts beside the local ones', () => {
  it('shows both where they disagree, with the judge’s quote, and marks agreement plainly', () => {
    judged(
      done([
        { keyPoint: covered!.text, verdict: 'covered', quote: 'I would add a cache to cut p99 latency' },
        { keyPoint: partly!.text, verdict: 'covered', quote: 'Maybe Redis' },
        { keyPoint: missed!.text, verdict: 'missed', quote: '' },
      ]),
    );
    const items = within(screen.getByTestId('key-points')).getAllByRole('listitem');
    // The local badge stays first on every point.
    expect(items.map((item) => item.dataset.status)).toEqual(['covered', 'partly', 'missed']);
    expect(items[0]!.textContent).toContain('Judge: covered — “I would add a cache to cut p99 latency”');
    expect(items[0]!.textContent).not.toContain('the local score says');
    expect(items[1]!.textContent).toContain('Partly covered');
    expect(items[1]!.textContent).toContain('Judge: covered — “Maybe Redis” (the local score says partly covered)');
    expect(within(items[1]!).getByTestId('judge-verdict').dataset.differs).toBe('true');
    expect(items[2]!.textContent).toContain('Judge: missed');
    expect(items[2]!.textContent).not.toContain('—');
    expect(screen.getByTestId('judge-status').textContent).toContain('llama-3.1-8b (prompt v1)');
  });

  it('leaves a point the judge was not asked about with the local verdict alone', () => {
    judged(done([{ keyPoint: 'A point from an older model answer', verdict: 'covered', quote: 'x' }]));
    expect(screen.queryAllByTestId('judge-verdict')).toHaveLength(0);
  });

  it('says why the judge failed, beside local verdicts that stay as they were', () => {
    judged({
      state: 'failed',
      model: 'llama-3.1-8b',
      promptVersion: 1,
      error: { code: 'UNAUTHORIZED', detail: { reason: 'key-rejected', who: 'judge' } },
      points: [],
    });
    expect(screen.queryByRole('button', { name: 'Ask the judge again' })).toBeNull();
    expect(screen.getByTestId('judge-status').textContent).toBe(
      'The judge could not check these key points: The judge server rejected the API key (401). Check the key in Settings. The local score above is unaffected.',
    );
    const items = within(screen.getByTestId('key-points')).getAllByRole('listitem');
    expect(items.map((item) => item.dataset.status)).toEqual(['covered', 'partly', 'missed']);
    expect(screen.queryAllByTestId('judge-verdict')).toHaveLength(0);
  });

  it('offers to ask the judge again after it failed', () => {
    const onAskJudgeAgain = vi.fn();
    render(
      <ModelAnswerPanel
        markdown={question.modelAnswer}
        keyPoints={keyPoints}
        judge={{
          state: 'failed',
          model: 'm',
          promptVersion: 1,
          error: { code: 'TIMEOUT', detail: { who: 'judge' } },
          points: [],
        }}
        onAskJudgeAgain={onAskJudgeAgain}
        onHighlight={() => {}}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Ask the judge again' }));
    expect(onAskJudgeAgain).toHaveBeenCalledTimes(1);
  });

  it('says so while the judge is still reading', () => {
    judged({ state: 'running', model: 'llama-3.1-8b', promptVersion: 1, error: null, points: [] });
    expect(screen.getByRole('status').textContent).toBe('The judge (llama-3.1-8b) is reading this take…');
  });
});
