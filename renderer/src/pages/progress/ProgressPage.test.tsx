import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ProgressOverview } from '@contract/progress';
import { ApiCallError } from '../../api/client';
import { fakeApi } from '../../api/testing/fake-api';
import { ProgressPage } from './ProgressPage';
import { busyOverview, emptyOverview } from './testing/overview-fixture';

const scripted = fakeApi();
const { calls } = scripted;

function show(overview: ProgressOverview) {
  scripted.answers['progress.overview'] = overview;
  render(
    <MemoryRouter>
      <ProgressPage />
    </MemoryRouter>,
  );
}

beforeEach(() => scripted.reset());
afterEach(cleanup);

describe('ProgressPage', () => {
  it('asks for progress in the browser’s time zone', async () => {
    show(emptyOverview());
    await screen.findByText('No progress to show yet');
    expect(calls).toContainEqual(['progress.overview', { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }]);
  });

  it('shows only the empty state with no takes', async () => {
    show(emptyOverview());
    await screen.findByTestId('empty-state');
    expect(screen.queryByTestId('progress-ready')).toBeNull();
  });

  it('gives each chart its own empty state when takes are not scored yet', async () => {
    show({ ...emptyOverview(), totals: { takes: 1, scoredTakes: 0, questionsPractised: 1, minutes: 1 } });
    await screen.findByTestId('progress-ready');
    for (const id of ['chart-overall', 'chart-grouped', 'chart-pace', 'chart-fillers', 'chart-weeks', 'weakest']) {
      expect(within(screen.getByTestId(id)).getByTestId('chart-empty')).toBeTruthy();
    }
    expect(screen.queryByRole('button', { name: 'Show table' })).toBeNull();
  });

  it('switches every chart to a table of the same numbers', async () => {
    const overview = busyOverview(30);
    show(overview);
    await screen.findByTestId('progress-ready');
    expect(screen.getByTestId('stat-streak').textContent).toContain('4 days');
    expect(screen.getByTestId('stat-due').textContent).toContain('7');
    const overall = screen.getByTestId('chart-overall');
    fireEvent.click(within(overall).getByRole('button', { name: 'Show table' }));
    expect(within(overall).getAllByRole('row')).toHaveLength(31);
    expect(within(overall).getByRole('button', { name: 'Show chart' }).getAttribute('aria-pressed')).toBe('true');

    const weeks = screen.getByTestId('chart-weeks');
    fireEvent.click(within(weeks).getByRole('button', { name: 'Show table' }));
    expect(within(weeks).getByRole('row', { name: /45.5/ })).toBeTruthy();
  });

  it('groups by section on request, listing every series in the table', async () => {
    show(busyOverview(10));
    const grouped = await screen.findByTestId('chart-grouped');
    fireEvent.change(within(grouped).getByRole('combobox'), { target: { value: 'section' } });
    expect(within(grouped).getByRole('heading').textContent).toBe('Score per section');
    expect(grouped.textContent).toContain('The 6 most practised of 9');
    fireEvent.click(within(grouped).getByRole('button', { name: 'Show table' }));
    expect(within(grouped).getAllByRole('row')).toHaveLength(10);
  });

  it('lists the weakest questions with links to practise them', async () => {
    show(busyOverview(5));
    const weakest = await screen.findByTestId('weakest');
    expect(within(weakest).getAllByRole('link')).toHaveLength(10);
  });

  it('shows an error with a retry', async () => {
    scripted.answers['progress.overview'] = new ApiCallError('INTERNAL');
    render(
      <MemoryRouter>
        <ProgressPage />
      </MemoryRouter>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Something went wrong inside Rehearse. Your saved work is safe; try again.');
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeTruthy();
  });
});
