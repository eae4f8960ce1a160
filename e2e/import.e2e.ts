import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, startApp, type AppHandle } from './harness';

// A real guide when the shared seeds are there, else our own fixture in another style.
const seed = path.resolve(repoRoot, '../shared/seeds/001_ea46e05320ab70ca.txt');
const guide = fs.existsSync(seed)
  ? { file: seed, questions: 50, title: 'Comprehensive Interview Q&A Guide (50 Questions)' }
  : {
      file: path.join(repoRoot, 'electron/decks/fixtures/numbered-list-guide.txt'),
      questions: 5,
      title: 'Frontend Interview Notes',
    };
const fixedPrompt = 'Walk me through one request, end to end';

let app: AppHandle;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('importing a guide through the UI', () => {
  it('previews a guide, fixes one item, saves it and finds it in the library', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Library', exact: true }).click();
    await page.getByTestId('import-link').click();
    await page.getByTestId('import-file-input').setInputFiles(guide.file);

    const rows = page.getByTestId('preview-row');
    await page.getByTestId('preview-list').waitFor();
    await expect.poll(() => rows.count()).toBe(guide.questions);
    expect(await page.getByTestId('import-title').inputValue()).toBe(guide.title);

    // Fix the first question's wording and target, and drop the second.
    const first = rows.nth(0);
    await first.getByTestId('preview-prompt').fill(fixedPrompt);
    await first.getByTestId('preview-target').fill('90');
    await rows.nth(1).getByTestId('preview-drop').click();
    await first.getByTestId('preview-toggle-answer').click();
    expect(await first.getByTestId('preview-answer').inputValue()).not.toBe('');

    await page.getByTestId('import-save').click();
    await page.getByTestId('import-saved').waitFor();
    expect(await page.getByTestId('import-saved').textContent()).toContain(`${guide.questions - 1} added`);
    await expect.poll(() => page.getByTestId('question-card').count()).toBe(guide.questions - 1);

    await page.getByRole('link', { name: 'Library', exact: true }).first().click();
    const card = page.getByTestId('deck-card').filter({ hasText: guide.title });
    await card.waitFor();
    expect(await card.textContent()).toContain(`${guide.questions - 1} questions`);

    await page.getByTestId('library-search').fill('one request, end to end');
    const hit = page.getByTestId('search-results').getByRole('link', { name: fixedPrompt });
    await hit.click();
    await page.getByTestId('question-editor').waitFor();
    expect(await page.getByTestId('editor-prompt').inputValue()).toBe(fixedPrompt);
    expect(await page.getByTestId('editor-target').inputValue()).toBe('90');
    expect(await page.getByTestId('editor-preview').innerHTML()).toMatch(/<(p|ul|ol|code)\b/);
    expect(app.consoleErrors).toEqual([]);
  });

  it('deletes a deck with Undo', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Library', exact: true }).first().click();
    const card = page.getByTestId('deck-card').filter({ hasText: guide.title });
    await card.getByTestId('deck-delete').click();
    await page.getByTestId('undo-toast').waitFor();
    await expect.poll(() => card.count()).toBe(0);
    await page.getByTestId('undo-button').click();
    await card.waitFor();
    expect(app.consoleErrors).toEqual([]);
  });
});
