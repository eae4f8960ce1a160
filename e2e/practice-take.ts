// A question to answer, and a take answered on the practice screen with the
// fake microphone, as a user records one.
import type { Page } from 'playwright-core';
import { appPaths } from '../electron/app-paths';
import { DeckRepo } from '../electron/decks/deck-repo';
import { openDatabase } from '../electron/store/database';

/** A deck with one question in a fresh data folder; returns where to practise it. */
export function seedQuestion(dataDir: string, question: { prompt: string; modelAnswer: string }) {
  const db = openDatabase(appPaths(dataDir).databaseFile);
  try {
    const decks = new DeckRepo(db);
    const deckId = decks.create('Practice', [
      { ...question, section: '', difficulty: null, kind: 'technical', targetSeconds: 30, targetSource: 'stated' },
    ]);
    return { deckId, questionId: decks.get(deckId)!.questions[0]!.id };
  } finally {
    db.close();
  }
}

/** Records an answer of about `seconds` (Space to start, Space to skip thinking, Space to stop). */
export async function recordTake(
  page: Page,
  origin: string,
  where: { deckId: string; questionId: string },
  seconds = 3,
): Promise<void> {
  await page.goto(`${origin}/#/practice/${where.deckId}/${where.questionId}`);
  await page.getByRole('button', { name: 'Start (Space)' }).waitFor();
  await page.keyboard.press('Space');
  await page.getByTestId('think').waitFor();
  await page.keyboard.press('Space');
  await page.getByTestId('clock').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(seconds * 1000);
  await page.keyboard.press('Space');
  await page.getByTestId('feedback-status').waitFor({ timeout: 30_000 });
}
