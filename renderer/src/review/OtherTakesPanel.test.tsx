import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import type { TakeSummary } from '@contract/review';
import { OtherTakesPanel } from './OtherTakesPanel';
import { sampleReview } from './testing/sample-review';

afterEach(cleanup);

function take(id: string, day: number, overall: number | null, extra: Partial<TakeSummary> = {}): TakeSummary {
  const { take } = sampleReview();
  return {
    take: { ...take, id, startedAt: `2025-03-0${day}T10:00:00.000Z`, durationMs: 60_000 + day * 1000 },
    state: overall === null ? 'transcribing' : 'ready',
    overall,
    breakdown:
      overall === null
        ? null
        : [
            { key: 'content', score: overall - 5, weight: 0.55 },
            { key: 'delivery', score: overall + 5, weight: 0.2 },
          ],
    keyPoints: [
      { text: 'Add a cache', status: overall !== null && overall > 60 ? 'covered' : 'missed' },
      { text: 'Use Redis', status: 'partly' },
    ],
    wpm: overall === null ? null : 120 + day,
    fillersPerMinute: overall === null ? null : 6 - day,
    ...extra,
  };
}

const takes = [take('a', 1, 48), take('b', 2, 71), take('c', 3, null)];

const renderPanel = () =>
  render(
    <MemoryRouter>
      <OtherTakesPanel takes={takes} currentId="b" />
    </MemoryRouter>,
  );

describe('OtherTakesPanel', () => {
  it('lists every take with its length and score, the current one marked', () => {
    renderPanel();
    const rows = within(screen.getByTestId('takes')).getAllByRole('row').slice(1);
    expect(rows.map((row) => [...row.children].slice(2).map((cell) => cell.textContent))).toEqual([
      ['1:01', '48'],
      ['1:02', '71'],
      ['1:03', 'transcribing'],
    ]);
    expect(rows[1]!.getAttribute('aria-current')).toBe('true');
    expect(within(rows[0]!).getByRole('link', { name: 'Take 1' }).getAttribute('href')).toBe('/review/a');
  });

  it('compares two picked takes side by side: scores, pace, fillers and key points', () => {
    renderPanel();
    expect(screen.queryByTestId('comparison')).toBeNull();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare Take 1' }));
    const table = within(screen.getByTestId('comparison'));
    const cells = (label: string) =>
      [...table.getByRole('rowheader', { name: label }).parentElement!.children].map((c) => c.textContent);
    expect(table.getAllByRole('columnheader').map((h) => h.textContent?.slice(0, 6))).toEqual(['', 'Take 1', 'Take 2']);
    expect(cells('Overall')).toEqual(['Overall', '48', '71']);
    expect(cells('Content')).toEqual(['Content', '43', '66']);
    expect(cells('Pace (wpm)')).toEqual(['Pace (wpm)', '121', '122']);
    expect(cells('Fillers per minute')).toEqual(['Fillers per minute', '5', '4']);
    expect(cells('Add a cache')).toEqual(['Add a cache', 'Missed', 'Covered']);
  });

  it('keeps two takes picked: a third pick replaces the older one', () => {
    renderPanel();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare Take 1' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Compare Take 3' }));
    const boxes = screen.getAllByRole('checkbox') as HTMLInputElement[];
    expect(boxes.map((box) => box.checked)).toEqual([true, false, true]);
    const headers = within(screen.getByTestId('comparison')).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent?.slice(0, 6))).toEqual(['', 'Take 1', 'Take 3']);
    expect(
      within(screen.getByTestId('comparison')).getByRole('rowheader', { name: 'Overall' }).parentElement!.textContent,
    ).toBe('Overall48—');
  });

  it('charts the score across scored takes with a table of the same figures', () => {
    renderPanel();
    const chart = screen.getByTestId('score-chart');
    expect(chart.querySelector('svg')).not.toBeNull();
    const rows = within(chart).getAllByRole('row').slice(1);
    expect(rows.map((row) => [row.children[0]!.textContent, row.children[2]!.textContent])).toEqual([
      ['#1', '48'],
      ['#2', '71'],
    ]);
  });
});
