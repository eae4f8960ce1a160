// `npm run bench:scoring`: the content scorer on SemEval-2013 Task 7 (2-way), the ordering set built from the
// seed guides, and scoring speed. Thresholds come from `train` only; test splits are only ever reported.
import { runOrdering } from './scoring-ordering';
import { runSemeval } from './scoring-semeval';
import { loadSemeval } from './scoring-semeval-data';
import { measureSpeed } from './scoring-speed';

// Speed first, before the benchmark's thousands of analysed answers fill the heap and slow every collection.
const speed = measureSpeed();
const f = (x: number) => x.toFixed(3);
const labels: Record<string, string> = { beetle: 'Beetle', scientsbank: 'SciEntsBank' };

console.log('SemEval-2013 Task 7, 2-way (correct vs not); threshold chosen on train');
for (const name of ['beetle', 'scientsbank'] as const) {
  const result = runSemeval(loadSemeval(name));
  console.log(
    `\n${labels[name]}  threshold ${result.threshold.toFixed(2)}  ${result.answersPerSecond} answers scored per second`,
  );
  console.log(
    '  split                   n     accuracy  macro-F1  | per-question thresholds (train): accuracy  macro-F1',
  );
  for (const s of result.splits) {
    console.log(
      `  ${s.split.replace('test-', '').padEnd(22)}${String(s.answers).padStart(5)}   ${f(s.accuracy)}     ${f(s.macroF1)}     |                                  ${f(s.perQuestion.accuracy)}     ${f(s.perQuestion.macroF1)}`,
    );
  }
}

const ordering = runOrdering();
console.log(
  `\nOrdering set (bench/data/ordering-set.json): ${ordering.correct}/${ordering.pairs} pairs in the right order (${((100 * ordering.correct) / ordering.pairs).toFixed(1)}%)`,
);
console.log(
  `  mean content score by quality: ${Object.entries(ordering.means)
    .map(([q, m]) => `${q} ${m}`)
    .join(', ')}`,
);
for (const failure of ordering.failures) console.log(`  out of order: ${failure}`);

console.log(
  `\nScoring one 2-minute answer (300 timed words): median ${speed.medianMs.toFixed(2)} ms, p95 ${speed.p95Ms.toFixed(2)} ms after warm-up (target < 20 ms); first call in this process ${speed.firstMs.toFixed(1)} ms`,
);
