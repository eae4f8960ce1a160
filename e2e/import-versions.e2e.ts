import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, startApp, type AppHandle } from './harness';

const guide = path.join(repoRoot, 'e2e/fixtures/script-with-coaching.md');

let app: AppHandle;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('importing a script with answer versions and coaching notes', () => {
  it('picks a version and drops another in the preview, and the saved question keeps the choice and the notes', async () => {
    const { page } = app;
    await page.getByRole('link', { name: 'Library', exact: true }).click();
    await page.getByTestId('import-link').click();
    await page.getByTestId('import-file-input').setInputFiles(guide);
    await page.getByTestId('preview-list').waitFor();

    const rows = page.getByTestId('preview-row');
    await expect.poll(() => rows.count()).toBe(2);
    const pitch = rows.nth(0);
    expect(await pitch.getByTestId('preview-prompt').inputValue()).toBe('Tell me about yourself');
    expect(await pitch.getByTestId('answer-label').textContent()).toBe('Short (30s)');
    expect(await pitch.getByTestId('preview-target').inputValue()).toBe('30');
    expect(await pitch.getByTestId('alternative-label').allTextContents()).toEqual([
      'Longer (90s)',
      'Extended (2 min)',
    ]);

    // Rehearse the longer version; forget the extended one.
    await pitch.getByTestId('alternative').filter({ hasText: 'Longer (90s)' }).getByTestId('alternative-pick').click();
    expect(await pitch.getByTestId('answer-label').textContent()).toBe('Longer (90s)');
    expect(await pitch.getByTestId('preview-target').inputValue()).toBe('90');
    await pitch
      .getByTestId('alternative')
      .filter({ hasText: 'Extended (2 min)' })
      .getByTestId('alternative-drop')
      .click();
    expect(await pitch.getByTestId('alternative-label').allTextContents()).toEqual(['Short (30s)']);

    const coached = rows.nth(1);
    expect(await coached.getByTestId('coaching-notes-text').textContent()).toContain('find the real reason');
    await coached.getByTestId('preview-toggle-answer').click();
    expect(await coached.getByTestId('preview-answer').inputValue()).toMatch(/^I ask for a call/);
    expect(await coached.getByTestId('preview-answer').inputValue()).not.toContain('find the real reason');

    await page.getByTestId('import-save').click();
    await page.getByTestId('import-saved').waitFor();

    // After a reload, the question editor shows the picked version, its target, the one left, and the notes.
    await page.getByRole('link', { name: 'Tell me about yourself' }).click();
    await page.getByTestId('question-editor').waitFor();
    await page.reload();
    await page.getByTestId('question-editor').waitFor();
    expect(await page.getByTestId('answer-label').textContent()).toBe('Longer (90s)');
    expect(await page.getByTestId('editor-target').inputValue()).toBe('90');
    expect(await page.getByTestId('editor-answer').inputValue()).toMatch(/sixty mid-market accounts/);
    expect(await page.getByTestId('alternative-label').allTextContents()).toEqual(['Short (30s)']);

    await page.goBack();
    await page.getByRole('link', { name: 'How do you handle a customer who is threatening to churn?' }).click();
    await page.getByTestId('question-editor').waitFor();
    await page.reload();
    await page.getByTestId('question-editor').waitFor();
    expect(await page.getByTestId('editor-notes').inputValue()).toMatch(/^Show that you find the real reason/);
    expect(await page.getByTestId('editor-answer').inputValue()).toMatch(/^I ask for a call/);
    expect(app.consoleErrors).toEqual([]);
  });
});
