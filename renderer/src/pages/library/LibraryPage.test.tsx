import { act, cleanup, render, screen } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeckSummary } from '@contract/decks';
import { fakeApi } from '../../api/testing/fake-api';
import { LibraryPage } from './LibraryPage';

const scripted = fakeApi();

beforeEach(() => scripted.reset());
afterEach(cleanup);

const deck = (id: string, title: string): DeckSummary => ({
  id,
  title,
  questionCount: 5,
  takeCount: 2,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  starter: false,
});

describe('LibraryPage', () => {
  it('shows how many questions are due today, overall and per deck', async () => {
    scripted.answers['decks.list'] = [deck('a', 'Backend'), deck('b', 'Behavioural')];
    scripted.answers['progress.dueCounts'] = {
      dueToday: 3,
      newQuestions: 4,
      totalQuestions: 10,
      byDeck: [
        { deckId: 'a', title: 'Backend', dueToday: 3, newQuestions: 1, totalQuestions: 5 },
        { deckId: 'b', title: 'Behavioural', dueToday: 0, newQuestions: 3, totalQuestions: 5 },
      ],
    };
    const router = createMemoryRouter([{ path: '/', element: <LibraryPage /> }]);
    await act(async () => render(<RouterProvider router={router} />));
    expect(screen.getByTestId('due-banner').textContent).toContain('3 questions are due for practice today');
    const dueBadges = screen.getAllByTestId('deck-due');
    expect(dueBadges.map((b) => b.textContent)).toEqual(['3 due today']);
  });
});
