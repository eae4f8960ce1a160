import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CoachPanel } from './CoachPanel';
import { ScorePanel } from './ScorePanel';
import { sampleFeedback } from './testing/sample-review';

afterEach(cleanup);

describe('ScorePanel', () => {
  it('shows the overall score, its breakdown and each delivery figure beside its norm', () => {
    render(<ScorePanel feedback={sampleFeedback()} />);
    expect(screen.getByTestId('overall-score').textContent).toBe('64');
    expect(screen.getByRole('meter', { name: 'Content score' }).getAttribute('value')).toBe('60');
    const rows = within(document.querySelector('table.metrics')!).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].map((cell) => cell.textContent))).toEqual([
      ['Pace', '112 wpm', '130–160 wpm'],
      ['Fillers', '8.7/min (1)', '≤ 3/min'],
      ['Long pauses', '1', 'pauses ≥ 2 s'],
      ['Hedges', '1', 'I think, maybe, probably…'],
      ['First word', '0.4 s', 'within 3 s'],
    ]);
    expect(rows.map((row) => row.className)).toEqual([
      'metric-off',
      'metric-off',
      'metric-off',
      'metric-ok',
      'metric-ok',
    ]);
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toContain(
      'Cover the missed point: measure the hit ratio.',
    );
  });

  it('draws the duration against the target with the target marked', () => {
    render(
      <ScorePanel
        feedback={sampleFeedback({
          timing: { durationSeconds: 150, targetSeconds: 120, tolerance: 0.15, verdict: 'over' },
        })}
      />,
    );
    expect(screen.getByText('30 s over the target')).toBeTruthy();
    const scale = 150 * 1.1;
    expect(screen.getByTestId('timing-target').style.left).toBe(`${(120 / scale) * 100}%`);
    expect(screen.getByRole('meter', { name: 'Duration against the target' }).getAttribute('aria-valuetext')).toBe(
      '2:30, target 2:00',
    );
  });

  it('shows the coach’s notes in their own panel', () => {
    render(
      <CoachPanel
        coach={{
          summary: 'Clear start.',
          strengths: ['Concrete'],
          missed: ['Hit ratio'],
          tightened: 'Add a cache.',
          rubric: [{ label: 'Accuracy', score: 4, max: 5, reason: 'Right idea.' }],
          model: 'gpt-test',
        }}
      />,
    );
    const panel = screen.getByRole('region', { name: 'Coach notes' });
    expect(panel.textContent).toContain('Clear start.');
    expect(within(panel).getByText('Add a cache.').tagName).toBe('BLOCKQUOTE');
    expect(within(panel).getByRole('row', { name: /Accuracy/ }).textContent).toBe('Accuracy4/5Right idea.');
    expect(panel.textContent).toContain('gpt-test');
  });
});
