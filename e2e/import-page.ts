// Drives the import page the way a user does, for the tests of files that go
// wrong on it: each starts in the library with a troublesome file, and ends
// by importing a good guide to show nothing was held up or left behind.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import { repoRoot, type AppHandle } from './harness';

const guide = path.join(repoRoot, 'electron/decks/fixtures/numbered-list-guide.txt');
const guideDeck = 'Frontend Interview Notes';

/** A Markdown file of nothing but `[`: slow for the parser, and refused outright above the size limit. */
export function bracketsFile(app: AppHandle, name: string, characters: number): string {
  const file = path.join(app.dataDir, name);
  fs.writeFileSync(file, '['.repeat(characters));
  return file;
}

/** Opens the import page from the library and picks `file`; returns how many decks the library showed. */
export async function importFromLibrary(page: Page, file: string): Promise<number> {
  await page.getByRole('link', { name: 'Library', exact: true }).click();
  const decks = await page.getByTestId('deck-card').count();
  await page.getByTestId('import-link').click();
  await page.getByTestId('import-file-input').setInputFiles(file);
  return decks;
}

/**
 * Picks the good guide next: it previews with no alert or notice left from the
 * file before, saves, and its deck is in the library after a reload.
 */
export async function importGuideAndReload(page: Page): Promise<void> {
  await page.getByTestId('import-file-input').setInputFiles(guide);
  await page.getByTestId('preview-list').waitFor();
  expect(await page.getByRole('alert').count()).toBe(0);
  expect(await page.getByTestId('import-notice').count()).toBe(0);
  await page.getByTestId('import-save').click();
  await page.getByTestId('import-saved').waitFor();
  await page.reload();
  await page.getByRole('link', { name: 'Library', exact: true }).first().click();
  await page.getByTestId('deck-card').filter({ hasText: guideDeck }).waitFor();
}
