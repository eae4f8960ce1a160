// Takes the README's screenshot: browser mode in Chromium, the library with
// the starter deck open. Run: npm run build:web && npx tsx scripts/screenshot.ts
import path from 'node:path';
import { repoRoot, startApp } from '../e2e/harness';

const app = await startApp();
try {
  const { page } = app;
  await page.getByTestId('deck-list').locator('a').first().click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(repoRoot, 'assets', 'screenshot.png') });
  process.stdout.write('Wrote assets/screenshot.png\n');
} finally {
  await app.close();
}
