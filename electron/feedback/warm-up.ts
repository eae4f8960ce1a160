import { deckContext } from '../scoring/content/deck';
import { scoreAnswer } from '../scoring/score-answer';
import { loadWordVectors } from '../scoring/text/word-vectors';

const modelAnswer =
  'We deploy with Argo CD syncing Helm charts from Git. Requests are set to 500m CPU and p99 latency stays under 200 ms. ' +
  'A bad release is rolled back by reverting the commit.';
const answer = 'um so we use ArgoCD with helm charts, and basically we roll back by reverting the commit in git';

/**
 * Loads the word vectors and scores a made-up answer once so the NLP pipeline's
 * first-use costs (word vectors, lexicon lookups, caches, JIT) are paid at start-up instead of on
 * the user's first take. Returns how long it took, in milliseconds.
 */
export function warmUpScorer(): number {
  const started = performance.now();
  loadWordVectors();
  const deck = deckContext([
    { question: 'How do you deploy to Kubernetes?', modelAnswer },
    { question: 'Tell me about a hard deadline.', modelAnswer: 'I split the work, cut scope and we shipped on time.' },
  ]);
  const words = answer.split(' ').map((text, i) => ({ text, start: 0.5 + i * 0.4, end: 0.8 + i * 0.4 }));
  scoreAnswer(
    { question: 'How do you deploy to Kubernetes?', modelAnswer, transcript: answer, durationSeconds: 9, words },
    { deck },
  );
  return performance.now() - started;
}
