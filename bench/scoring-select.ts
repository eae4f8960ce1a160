// Chooses the content scorer's parameters on training data only, never a test split: SemEval-2013 `train`
// (macro-F1 with the threshold chosen there) and the paraphrase set's training deck (DevOps, the seed guides'
// questions). `npx tsx bench/scoring-select.ts` prints every candidate and the best; the defaults in
// electron/scoring/settings.ts are the values this printed.
import { paraphraseTrainDecks, runParaphraseOrdering } from '../electron/scoring/quality/paraphrase-order';
import { loadSemeval, trainMacroF1 } from '../electron/scoring/quality/semeval';
import type { ScoreSettings } from '../electron/scoring/settings';

type Content = Partial<ScoreSettings['content']>;
const sets = [loadSemeval('beetle'), loadSemeval('scientsbank')];

/** Mean SemEval train macro-F1 of both sets, and the share of training-deck paraphrase pairs in order. */
function measure(content: Content) {
  const f1 = sets.map((set) => trainMacroF1(set, { content }));
  const ordering = runParaphraseOrdering({ content }, paraphraseTrainDecks);
  return { semeval: (f1[0]! + f1[1]!) / 2, f1, ordering: ordering.correct / ordering.pairs };
}

/**
 * Tries each value of one parameter with the others fixed, and keeps the value with the best SemEval train
 * macro-F1 among those that keep the training deck's paraphrases at least 95% in order (a score must read
 * meaning, not only wording); ties go to the earlier value.
 */
function choose<K extends keyof ScoreSettings['content']>(
  base: Content,
  key: K,
  values: ScoreSettings['content'][K][],
) {
  let best: { value: ScoreSettings['content'][K]; semeval: number } | null = null;
  for (const value of values) {
    const m = measure({ ...base, [key]: value });
    const ok = m.ordering >= 0.95;
    console.log(
      `  ${String(key)}=${String(value)}: SemEval train macro-F1 ${m.semeval.toFixed(4)} (beetle ${m.f1[0]!.toFixed(3)}, scientsbank ${m.f1[1]!.toFixed(3)}), training-deck paraphrases in order ${(100 * m.ordering).toFixed(1)}%${ok ? '' : ' (below 95%)'}`,
    );
    if (ok && (!best || m.semeval > best.semeval + 1e-9)) best = { value, semeval: m.semeval };
  }
  const chosen = best?.value ?? values[0]!;
  console.log(`  -> ${String(key)} = ${String(chosen)}`);
  return { ...base, [key]: chosen };
}

let content: Content = {};
content = choose(content, 'negationScope', [1, 2, 3, 4]);
content = choose(content, 'questionWeight', [0.1, 0.2, 0.3, 0.5]);
content = choose(content, 'relatedCredit', [0, 0.7, 0.85]);
content = choose(content, 'semanticFrom', [1, 0.8, 0.7, 0.6, 0.5]);
content = choose(content, 'semanticCredit', [0.3, 0.5, 0.7]);
content = choose(content, 'otherQuestionMargin', [100, 10, 20, 30]);
console.log('\nChosen:', JSON.stringify(content));
