import type { Term } from '../text/analyze';

export interface WeightedTerm {
  term: Term;
  weight: number;
}

/** Inverse document frequency over a set of documents (a deck's answers): terms every answer uses weigh less. */
export class Idf {
  private readonly df = new Map<string, number>();
  readonly documents: number;

  constructor(documents: readonly (readonly Term[])[]) {
    this.documents = documents.length;
    for (const terms of documents) {
      for (const key of new Set(terms.filter((t) => !t.stop).map((t) => t.key))) {
        this.df.set(key, (this.df.get(key) ?? 0) + 1);
      }
    }
  }

  /** ln(1 + N / (df + 1)) scaled so a term no other document uses weighs 1. */
  weight(key: string): number {
    if (this.documents === 0) return 1;
    const top = Math.log(1 + this.documents);
    return Math.log(1 + this.documents / ((this.df.get(key) ?? 0) + 1)) / top;
  }
}

export interface WeighOptions {
  idf?: Idf;
  /** Keys of the question's terms: repeating the question back earns little. */
  questionKeys?: ReadonlySet<string>;
  /** Multiplier for terms that also appear in the question. */
  questionWeight: number;
  /** Minimum weight, so a common but needed term still counts a little. */
  floor: number;
}

/** Content terms (no function words) with their specificity weights. */
export function weighTerms(terms: readonly Term[], options: WeighOptions): WeightedTerm[] {
  return terms
    .filter((t) => !t.stop)
    .map((term) => {
      let weight = Math.max(options.floor, options.idf?.weight(term.key) ?? 1);
      if (options.questionKeys?.has(term.key) || options.questionKeys?.has(term.lemma))
        weight *= options.questionWeight;
      return { term, weight };
    });
}
