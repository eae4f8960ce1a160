// npm run bench:import — how long importing a 50-question guide takes.
// Target: under 50 ms per import (median), warm, on one core.
// The parse on this thread is the importer's own time; the app and the CLI parse on the
// import worker, so the last line also times that hop (posting the text, cloning the result back).
import fs from 'node:fs';
import path from 'node:path';
import { importMarkdown } from '../electron/decks/markdown/import-markdown';
import { offThreadImporter } from '../electron/decks/off-thread/import-off-thread';
import { defaultTargetOptions } from '../electron/decks/targets';
import { syntheticGuide } from './import-guide';

const targetMs = 50;
const runs = 60;

/** Imports `text` and says how many questions it found. */
type Import = (text: string) => number | Promise<number>;
const onThisThread: Import = (text) => importMarkdown(text).questions.length;

async function measure(name: string, text: string, run: Import = onThisThread) {
  for (let i = 0; i < 15; i++) await run(text);
  const wall: number[] = [];
  const cpu: number[] = [];
  let questions = 0;
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    const start = performance.now();
    questions = await run(text);
    wall.push(performance.now() - start);
    const used = process.cpuUsage(before);
    cpu.push((used.user + used.system) / 1000);
  }
  const at = (list: number[], q: number) =>
    [...list].sort((a, b) => a - b)[Math.min(list.length - 1, Math.floor(q * list.length))]!;
  const median = at(wall, 0.5);
  console.log(
    `${name.padEnd(38)} ${String(text.length).padStart(6)} chars  ${String(questions).padStart(3)} questions  ` +
      `min ${at(wall, 0).toFixed(1)} ms  median ${median.toFixed(1)} ms  p95 ${at(wall, 0.95).toFixed(1)} ms  cpu median ${at(cpu, 0.5).toFixed(1)} ms  ` +
      (median < targetMs ? 'OK' : `OVER ${targetMs} ms`),
  );
  return median;
}

const results = [await measure('synthetic 50-question guide', syntheticGuide(50))];
// Tables cost parse time only in guides that have them; shown for comparison, not held to the target.
await measure(
  'same guide with 40 tables',
  syntheticGuide(50).replace(/^\*\*Follow-up:\*\*/gm, '| Signal | Alert |\n| --- | --- |\n| p99 | 300 ms |\n\n$&'),
);
const seed = path.resolve(import.meta.dirname, '../../shared/seeds/001_ea46e05320ab70ca.txt');
if (fs.existsSync(seed)) results.push(await measure('seed 001 (50 questions)', fs.readFileSync(seed, 'utf8')));
// As the app imports: on the import worker, with the pace Settings gives by default.
const importer = offThreadImporter();
results.push(
  await measure('synthetic guide via the import worker', syntheticGuide(50), async (text) => {
    const { result } = await importer.import(text, 'guide.md', { wordsPerMinute: defaultTargetOptions.wordsPerMinute });
    return result.questions.length;
  }),
);
await importer.close();
console.log(
  `load average ${(await import('node:os'))
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (other work slows this down)`,
);
process.exitCode = results.every((ms) => ms < targetMs) ? 0 : 1;
