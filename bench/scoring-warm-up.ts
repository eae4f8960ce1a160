// Warm-up as the desktop app pays it: the scorer bundled to one CommonJS file (as vite.main.config.ts bundles
// main.cjs, the word-vector table beside it), loaded by a fresh Node process, then warmUpScorer. Under tsx
// (`npm run bench:scoring`) the figure also holds transforming the sources, which the app never does.
// `npm run bench:scoring-warm-up -- [runs]` prints each run and the median, with the load average.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtinModules } from 'node:module';
import { build } from 'vite';
import { nativeRuntimeModules } from '../scripts/native-runtime-modules';
import { pathAliases } from '../scripts/path-aliases';
import { plainLoopMs } from './scoring-speed';

const root = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'scorer-warm-up-'));
try {
  // The settings of vite.main.config.ts, with the Node built-ins external as Forge's Vite plugin makes them.
  await build({
    configFile: false,
    logLevel: 'error',
    resolve: { alias: pathAliases },
    define: { 'import.meta.dirname': '__dirname' },
    build: {
      outDir: dir,
      emptyOutDir: false,
      minify: false,
      lib: { entry: join(root, 'electron/feedback/warm-up.ts'), formats: ['cjs'], fileName: () => 'warm-up.cjs' },
      rollupOptions: {
        external: [...nativeRuntimeModules, ...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      },
    },
  });
  copyFileSync(join(root, 'electron/scoring/data/word-vectors.bin'), join(dir, 'word-vectors.bin'));
  writeFileSync(
    join(dir, 'run.cjs'),
    `let t = performance.now();
const { warmUpScorer } = require('./warm-up.cjs');
const load = performance.now() - t;
t = performance.now();
warmUpScorer();
console.log(JSON.stringify({ load, warmUp: performance.now() - t }));
`,
  );
  const runs = Number(process.argv[2] ?? 5);
  const loopBefore = plainLoopMs();
  const totals: number[] = [];
  for (let run = 0; run < runs; run++) {
    const { load, warmUp } = JSON.parse(
      execFileSync(process.execPath, [join(dir, 'run.cjs')], { encoding: 'utf8' }),
    ) as {
      load: number;
      warmUp: number;
    };
    totals.push(load + warmUp);
    console.log(
      `run ${run + 1}: loading the bundled scorer ${load.toFixed(0)} ms + warmUpScorer ${warmUp.toFixed(0)} ms = ${(load + warmUp).toFixed(0)} ms`,
    );
  }
  const loopAfter = plainLoopMs();
  const median = [...totals].sort((a, b) => a - b)[Math.floor(totals.length / 2)] ?? 0;
  console.log(
    `Warm-up of the bundled scorer, median of ${runs}: ${median.toFixed(0)} ms (target <= 500 ms), at load average ${loadavg()[0]?.toFixed(1)} on ${availableParallelism()} cores`,
  );
  // How busy the machine was, in a unit that does not depend on the scorer, to compare runs taken at different times.
  console.log(
    `A plain loop of 10 million steps took ${loopBefore.toFixed(0)} ms before the runs and ${loopAfter.toFixed(0)} ms after.`,
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
