// npm run bench:hostile — how fast hostile files are answered, through the paths a user takes:
// `npm run cli -- transcribe` on the crafted 80-byte model (target: non-zero exit within 2 s),
// `npm run cli -- import` on 1.9 MB of '[' (target: an answer within 10 s), and the longest the
// main thread is blocked while the hostile guides go through decks.previewImport (target: under 50 ms).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { hostileGuides, slowGuideUnderLimit } from '../electron/decks/off-thread/hostile-guides';
import { offThreadImporter } from '../electron/decks/off-thread/import-off-thread';
import { apiCaller } from '../electron/testing/api-caller';
import { tempServices } from '../electron/testing/temp-services';
import { writeTestWav } from '../electron/transcription/testing/audio-fixtures';
import { craftedLoopingModel } from '../electron/transcription/testing/hostile-models';

const repoRoot = path.resolve(import.meta.dirname, '..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-hostile-bench-'));

/** Runs the CLI as `npm run cli` does (tsx), timing the whole process as a user waits for it. */
function timeCli(args: string[]) {
  const started = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    timeout: 120_000,
  });
  const seconds = (performance.now() - started) / 1000;
  return { seconds, code: run.status, stderr: run.stderr.trim().split('\n')[0] ?? '' };
}

function runCliFigures(wav: string, crafted: string, brackets: string) {
  // Node and tsx start-up is part of what the user waits for; `--help` shows how much of it that is.
  const startup = timeCli(['--help']);
  console.log(
    `cli start-up alone (--help):              ${startup.seconds.toFixed(2)} s  (load average ${os.loadavg()[0]!.toFixed(1)} on ${os.cpus().length} cores)`,
  );
  const transcribe = timeCli(['transcribe', wav, '--model', crafted]);
  console.log(
    `cli transcribe, crafted 80-byte model:    ${transcribe.seconds.toFixed(2)} s, exit ${transcribe.code}: ${transcribe.stderr}`,
  );
  const imported = timeCli(['import', brackets]);
  console.log(
    `cli import, 1.9 MB of '[':                ${imported.seconds.toFixed(2)} s, exit ${imported.code}: ${imported.stderr.slice(0, 90)}`,
  );
}

async function main() {
  const wav = path.join(dir, 'a.wav');
  const crafted = path.join(dir, 'crafted.bin');
  const brackets = path.join(dir, 'brackets.md');
  writeTestWav(wav, 2);
  fs.writeFileSync(crafted, craftedLoopingModel());
  fs.writeFileSync(brackets, hostileGuides[0].text);

  if (!process.argv.includes('--no-cli')) runCliFigures(wav, crafted, brackets);

  const services = tempServices();
  const { result } = apiCaller(() => services);
  await result('decks.previewImport', { fileName: 'warm.md', text: '**Q:** Warm?\n**A:** Yes.\n' });
  // On a shared machine the OS alone delays timers; an idle loop for the same time shows by how much.
  const idle = monitorEventLoopDelay({ resolution: 10 });
  idle.enable();
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  idle.disable();
  console.log(`longest main-thread delay, idle, 10 s:    ${(idle.max / 1e6).toFixed(1)} ms`);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let longest = 0;
  for (const guide of [...hostileGuides, { name: '1 MB of [ (under the size limit)', ...slowGuideUnderLimit }]) {
    delay.reset();
    const started = performance.now();
    const outcome = await result('decks.previewImport', { fileName: guide.fileName, text: guide.text });
    const answer = outcome.ok ? 'a preview' : outcome.error.code;
    const blocked = delay.max / 1e6;
    longest = Math.max(longest, blocked);
    console.log(
      `previewImport ${guide.name.padEnd(34)} ${((performance.now() - started) / 1000).toFixed(2)} s  ${answer.padEnd(10)} ` +
        `main thread blocked at most ${blocked.toFixed(1)} ms`,
    );
  }
  delay.disable();
  console.log(`longest main-thread block meanwhile:      ${longest.toFixed(1)} ms`);
  await offThreadImporter().close();
  services.dispose();
  fs.rmSync(dir, { recursive: true, force: true });
}

await main();
