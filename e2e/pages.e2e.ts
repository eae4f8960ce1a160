import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp, type AppHandle } from './harness';

let app: AppHandle;
beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.close();
});

describe('browser mode shell', () => {
  it('visits every page and logs no console errors; a new user sees the starter deck and empty states', async () => {
    const { page } = app;
    const nav = page.getByRole('navigation', { name: 'Main' });
    for (const name of ['Library', 'Practice', 'Review', 'Progress', 'Settings']) {
      await nav.getByRole('link', { name, exact: true }).click();
      await expect.poll(() => page.locator('h1').first().textContent()).toBe(name);
      if (name === 'Library') await page.getByTestId('deck-list').waitFor();
      if (name === 'Review' || name === 'Progress') await page.getByTestId('empty-state').first().waitFor();
    }
    await page.getByTestId('data-dir').waitFor();
    expect(await page.getByTestId('data-dir').textContent()).toBe(app.dataDir);
    expect(app.consoleErrors).toEqual([]);
  });

  it('switches sections with Ctrl+number', async () => {
    const { page } = app;
    await page.keyboard.press('Control+4');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Progress');
    await page.keyboard.press('Control+1');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Library');
  });

  it('applies a dark theme chosen in Settings and keeps it after a reload', async () => {
    const { page } = app;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings', exact: true }).click();
    const background = () => page.evaluate(() => getComputedStyle(document.body.parentElement!).backgroundColor);
    await page.getByTestId('theme-select').selectOption('light');
    await expect.poll(background).toBe('rgb(247, 247, 245)');
    await page.getByTestId('theme-select').selectOption('dark');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await expect.poll(background).toBe('rgb(23, 24, 26)');
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.getByTestId('theme-select').selectOption('system');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme ?? 'none')).toBe('none');
  });

  it('refuses API calls without the launch token', async () => {
    const response = await fetch(`${app.origin}/api/call/app.info`, { method: 'POST' });
    expect(response.status).toBe(401);
  });
});
