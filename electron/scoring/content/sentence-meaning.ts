import type { Term } from '../text/analyze';
import { meanVector, vectorCosine } from '../text/word-vectors';

/**
 * The overall meaning of a text as the mean vector of its content words, words the question uses counting less
 * (saying the question back is not answering it). The sentence term of Sultan, Salazar & Sumner (2016), beside
 * their proportion of aligned words.
 */
export function meaningVector(
  terms: readonly Term[],
  questionWords: ReadonlySet<string>,
  questionWeight: number,
): Float32Array | null {
  return meanVector(
    terms
      .filter((t) => !t.stop && t.kind === 'word')
      .map((t) => ({ word: t.lemma, weight: questionWords.has(t.lemma) ? questionWeight : 1 })),
  );
}

export interface SentenceCreditOptions {
  sentenceFrom: number;
  sentenceCredit: number;
  sentenceNeeds: number;
}

/** Cosine at which the overall meaning earns its full credit: closer than this is saying the same thing. */
const fullAt = 0.95;

/**
 * Content points an answer earns for meaning what the model answer means overall, on top of the points it
 * covers. Only an answer whose key points already earn `sentenceNeeds` gets any: a vague answer that is merely on
 * the topic has close word vectors too.
 */
export function sentenceCredit(
  reference: Float32Array | null,
  answer: Float32Array | null,
  pointsScore: number,
  options: SentenceCreditOptions,
): number {
  if (options.sentenceCredit <= 0 || options.sentenceFrom >= 1 || pointsScore < options.sentenceNeeds) return 0;
  const cosine = vectorCosine(reference, answer);
  const share = Math.min(1, Math.max(0, (cosine - options.sentenceFrom) / (fullAt - options.sentenceFrom)));
  return options.sentenceCredit * share;
}
