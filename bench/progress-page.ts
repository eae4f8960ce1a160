// Loads the progress page over a generated 500-take history in browser mode
// (the real server, Debian's Chromium) and prints how long it takes until
// every chart is drawn. Target: under 1 s. Run `npm run bench:progress`
// (it builds the renderer first).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { apiCallHeader } from '@contract/web-request';
import { startApp } from '../e2e/harness';
import { seedProgressHistory } from './progress-seed';

const TAKES = Number(process.env.BENCH_TAKES ?? 500);
const RUNS = 5;
const TARGET_MS = 1000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

async function main() {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-bench-progress-'));
  seedProgressHistory(dataDir, TAKES);
  const app = await startApp({ dataDir });
  try {
    const { page } = app;
    const drawn = async () => {
      await page.waitForSelector(`[data-testid="progress-ready"][data-takes="${TAKES}"]`);
      for (const id of ['chart-overall', 'chart-grouped', 'chart-weeks', 'chart-pace', 'chart-fillers']) {
        await page.waitForSelector(`[data-testid="${id}"] svg.recharts-surface[role="application"]`);
      }
      await page.waitForSelector('[data-testid="weakest"] tbody tr');
    };
    const inApp: number[] = [];
    const reload: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      await page.evaluate("location.hash = '#/library'");
      await page.waitForSelector('h1:text("Library")');
      let started = Date.now();
      await page.evaluate("location.hash = '#/progress'");
      await drawn();
      inApp.push(Date.now() - started);

      started = Date.now();
      await page.reload();
      await drawn();
      reload.push(Date.now() - started);
    }
    const serverMs = await page.evaluate(async (header) => {
      const t = performance.now();
      await fetch('/api/call/progress.overview', {
        method: 'POST',
        headers: { 'content-type': 'application/json', [header.name]: header.value },
        body: JSON.stringify({ timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone }),
      });
      return performance.now() - t;
    }, apiCallHeader);
    const worst = Math.max(median(inApp), median(reload));
    console.log(`progress page, ${TAKES} takes (median of ${RUNS}):`);
    console.log(`  open from another page: ${median(inApp)} ms  (runs: ${inApp.join(', ')})`);
    console.log(`  full reload:            ${median(reload)} ms  (runs: ${reload.join(', ')})`);
    console.log(`  progress.overview call: ${serverMs.toFixed(0)} ms`);
    console.log(`  target < ${TARGET_MS} ms: ${worst < TARGET_MS ? 'met' : 'NOT met'}`);
  } finally {
    await app.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
