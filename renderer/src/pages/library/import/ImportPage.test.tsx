import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DeckSummary, ImportPreview } from '@contract/decks';
import { fakeApi } from '../../../api/testing/fake-api';
import { quietReviewAnswers } from '../../../review/testing/sample-review';
import { ImportPage } from './ImportPage';

const scripted = fakeApi();
const { answers, calls } = scripted;

beforeEach(() => {
  scripted.reset();
  // The job-description draft on the same page asks whether the LLM interviewer is set up (same shape as the judge's).
  answers['followUps.interviewer.status'] = quietReviewAnswers['judge.status'];
});
afterEach(cleanup);

/** `n` words: at the default 150 words per minute, 150 of them take a minute. */
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');

const question = (prompt: string, modelAnswer: string, targetSeconds: number, targetSource: 'stated' | 'default') => ({
  prompt,
  modelAnswer,
  section: '',
  difficulty: null,
  kind: 'technical' as const,
  targetSeconds,
  targetSource,
  line: 1,
});

const basePreview: ImportPreview = {
  title: 'Guide',
  format: 'markdown',
  sourceHash: 'hash',
  existingDeck: null,
  wordsPerMinute: 150,
  warnings: [],
  skipped: [],
  questions: [
    question('Default target?', words(20), 30, 'default'),
    question('Stated target?', words(20), 90, 'stated'),
    question('Typed target?', words(20), 30, 'default'),
    question('First half?', words(100), 45, 'default'),
    question('Second half?', words(140), 60, 'default'),
  ],
};

const deck = (id: string, title: string): DeckSummary => ({
  id,
  title,
  questionCount: 3,
  takeCount: 0,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
  starter: false,
});

async function openPreview(preview: ImportPreview = basePreview) {
  const saved: unknown[] = [];
  answers['decks.previewImport'] = preview;
  answers['decks.list'] = [deck('a', 'Backend'), deck('b', 'Behavioural')];
  answers['decks.saveImport'] = (input) => {
    saved.push(input);
    return { deck: deck('b', 'Behavioural'), added: 1, updated: 0, unchanged: 0 };
  };
  const router = createMemoryRouter([
    { path: '/', element: <ImportPage /> },
    { path: '/library/:deckId', element: <p>deck page</p> },
  ]);
  await act(async () => render(<RouterProvider router={router} />));
  fireEvent.change(screen.getByTestId('import-paste'), { target: { value: 'anything' } });
  await act(async () => fireEvent.click(screen.getByTestId('import-paste-preview')));
  return saved;
}

const row = (index: number) => within(screen.getAllByTestId('preview-row')[index]!);
const target = (index: number) => (row(index).getByTestId('preview-target') as HTMLInputElement).value;
function editAnswer(index: number, text: string) {
  if (!row(index).queryByTestId('preview-answer')) fireEvent.click(row(index).getByTestId('preview-toggle-answer'));
  fireEvent.change(row(index).getByTestId('preview-answer'), { target: { value: text } });
}

describe('ImportPage: targets follow the answer', () => {
  it('recomputes a default target as the answer is edited, keeps stated and typed ones', async () => {
    await openPreview();
    editAnswer(0, words(150));
    expect(target(0)).toBe('60');
    editAnswer(1, words(300));
    expect(target(1)).toBe('90');
    fireEvent.change(row(2).getByTestId('preview-target'), { target: { value: '45' } });
    editAnswer(2, words(300));
    expect(target(2)).toBe('45');
    editAnswer(0, words(10));
    expect(target(0)).toBe('30');
  });

  it('times a merged row from its joined answer, not the two targets added up', async () => {
    await openPreview();
    fireEvent.click(row(3).getByTestId('preview-merge'));
    // 100 + 2 (the second prompt) + 140 words ≈ 97 s, rounded to 90; the old targets added up to 105.
    expect(screen.getAllByTestId('preview-row')).toHaveLength(4);
    expect(target(3)).toBe('90');
  });
});

describe('ImportPage: where the deck is saved', () => {
  it('saves a new deck by default, or into a deck picked from the list', async () => {
    const saved = await openPreview();
    expect((screen.getByTestId('import-target-new') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('import-save').textContent).toBe('Save deck');

    fireEvent.click(screen.getByTestId('import-target-other'));
    expect((screen.getByTestId('import-save') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('import-title') as HTMLInputElement).disabled).toBe(true);
    const options = within(screen.getByTestId('import-target-deck')).getAllByRole('option');
    expect(options.map((o) => o.textContent)).toEqual([
      'Choose a deck…',
      'Backend (3 questions)',
      'Behavioural (3 questions)',
    ]);
    fireEvent.change(screen.getByTestId('import-target-deck'), { target: { value: 'b' } });
    expect(screen.getByTestId('import-save').textContent).toBe('Add to deck');
    await act(async () => fireEvent.click(screen.getByTestId('import-save')));
    expect(saved).toEqual([expect.objectContaining({ deckId: 'b', sourceHash: 'hash' })]);
    expect(screen.getByText('deck page')).toBeTruthy();
  });

  it('offers to update the deck this file made before, and a new deck still saves without a deck id', async () => {
    const saved = await openPreview({ ...basePreview, existingDeck: { id: 'a', title: 'Backend' } });
    expect((screen.getByTestId('import-target-previous') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('import-target').textContent).toContain('Update “Backend”');
    expect(screen.getByTestId('import-save').textContent).toBe('Update deck');
    fireEvent.click(screen.getByTestId('import-target-new'));
    fireEvent.change(screen.getByTestId('import-title'), { target: { value: 'Fresh' } });
    await act(async () => fireEvent.click(screen.getByTestId('import-save')));
    expect(saved).toEqual([expect.objectContaining({ title: 'Fresh', deckId: undefined })]);
  });

  it('previews pasted text without a file name, so it can match an earlier deck only by the same text', async () => {
    await openPreview();
    expect(calls).toContainEqual([
      'decks.previewImport',
      { fileName: '', text: 'anything', importId: expect.any(String) },
    ]);
    expect(screen.getByText(/Pasted text · markdown/)).toBeTruthy();
  });
});
