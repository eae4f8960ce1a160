/// <reference lib="dom" />
// Camera presence of a 2-minute video take, measured as a user gets it: browser mode, the take's review page opened
// in Chromium, the page sampling the video and running the face models in its web worker. Prints the time against
// the take's length, the longest task on the page's own thread while it ran, and the browser's memory peak.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { appPaths } from '../electron/app-paths';
import { TakeRepo } from '../electron/recording/take-repo';
import { openDatabase } from '../electron/store/database';
import { writePresenceClip, type PresenceSegment } from '../e2e/fixtures/presence-video';
import { startApp } from '../e2e/harness';
import { seedQuestion } from '../e2e/practice-take';

const takeSeconds = 120;

/** Resident memory of this process's Chromium descendants, in bytes (Linux /proc). */
function chromiumRss(): number {
  const children = new Map<number, number[]>();
  const info = new Map<number, { comm: string; rss: number }>();
  for (const entry of fs.readdirSync('/proc')) {
    const pid = Number(entry);
    if (!pid) continue;
    try {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      info.set(pid, { comm: /Name:\s+(.*)/.exec(status)?.[1] ?? '', rss });
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const walk = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      const { comm = '', rss = 0 } = info.get(child) ?? {};
      if (/chrom/i.test(comm)) total += rss;
      walk(child);
    }
  };
  walk(process.pid);
  return total;
}

export async function printPresenceBench(): Promise<void> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-presence-bench-'));
  const dataDir = path.join(work, 'data');
  const paths = appPaths(dataDir);
  fs.mkdirSync(paths.recordingsDir, { recursive: true });
  const where = seedQuestion(dataDir, { prompt: 'Tell me about yourself.', modelAnswer: '- Background\n- Why here' });
  // A talker who mostly faces the lens, turns away now and then, and leaves the frame once.
  const cycle: PresenceSegment[] = [
    { shot: 'centred', seconds: 20 },
    { shot: 'turned', seconds: 5 },
    { shot: 'tilted', seconds: 5 },
    { shot: 'absent', seconds: 5 },
    { shot: 'centred', seconds: 5 },
  ];
  const segments = Array.from({ length: takeSeconds / 40 }, () => cycle).flat();
  writePresenceClip(path.join(paths.recordingsDir, 'take.webm'), segments);
  const db = openDatabase(paths.databaseFile);
  const takes = new TakeRepo(db);
  const take = takes.create(where.questionId, { videoFile: 'take.webm', audioFile: null });
  takes.finish(take.id, 'recorded', takeSeconds * 1000);
  db.close();

  const app = await startApp({ dataDir });
  try {
    const { page } = app;
    await page.goto(`${app.origin}/#/review/${take.id}`);
    await page.getByTestId('presence-lane').waitFor();
    // Long tasks on the page's thread from here on: page load and first render are over, the analysis is running.
    // (A string, evaluated in the page: this file is typed for Node.)
    await page.evaluate(`
      window.longTasks = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push(e.duration)))
        .observe({ type: 'longtask' });
    `);
    let peakRss = chromiumRss();
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, chromiumRss())), 250);
    const started = performance.now();
    await page.getByTestId('presence-lane').getByRole('img').waitFor({ timeout: 600_000 });
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);
    const longest = (await page.evaluate('Math.max(0, ...window.longTasks)')) as number;
    const label = await page.getByTestId('presence-lane').getByRole('img').getAttribute('aria-label');

    console.log(
      `Camera presence of a ${takeSeconds} s take (320×240 VP8 WebM, 2 frames a second, WebAssembly backend)`,
    );
    console.log(
      `  time            ${seconds.toFixed(1)} s = ${(seconds / takeSeconds).toFixed(3)} × the take's length (goal ≤ 0.5)`,
    );
    console.log(`  longest task on the page's thread while it ran  ${longest.toFixed(0)} ms (goal ≤ 50)`);
    console.log(`  memory peak (RSS of Chromium's processes)  ${(peakRss / 2 ** 20).toFixed(0)} MiB`);
    console.log(`  measured: ${label}`);
  } finally {
    await app.close();
    fs.rmSync(work, { recursive: true, force: true });
  }
}
