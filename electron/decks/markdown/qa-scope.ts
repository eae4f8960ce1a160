import { countWords } from '@contract/deck-import';
import type { Candidate } from './candidate';
import type { SourceText } from './source-text';

// A README, a résumé or a blog post has headings like "What it reads" and bold
// lines like "**Why were so many pages useless?**" that are shaped like
// questions but are not practice questions. Those shapes count only where the
// document, or the section they sit in, says it is Q&A.
const saysQA =
  /\b(?:interviews?|questions?|q\s*&\s*a|q\/a|faqs?|frequently asked|flashcards?|cards?|answers?|prep(?:aration)?|practice|mock|quiz|rehears\w*|scripts?|star stories)\b/i;

/** Shapes that are questions only in a Q&A document; explicit markers, <details>, timed scripts and our own metadata are always questions. */
const needsQAContext = (c: Candidate) =>
  (c.origin === 'heading' || c.origin === 'bold' || c.origin === 'list') &&
  c.meta === null &&
  !c.extras?.notes &&
  !c.extras?.versions;

// Share of the document's words inside questions (with a question mark) and their answers above which
// it reads as Q&A even without saying so ("# Notes / ## How do you shard…?").
const mostly = 0.6;

function coverage(candidates: readonly Candidate[], source: SourceText): number {
  const total = countWords(source.text);
  // Only prompts that ask: "What it reads" or "**1. Install the CLI.**" head a README's sections too.
  const asking = candidates.filter((c) => /\?["”']?$/.test(c.prompt));
  const covered = asking.reduce(
    (sum, c) =>
      sum + countWords(c.prompt) + (c.answer ? countWords(source.text.slice(c.answer.start, c.answer.end)) : 0),
    0,
  );
  return total === 0 ? 0 : covered / total;
}

/** The candidates a reader would take as practice questions. */
export function inQAScope(
  candidates: readonly Candidate[],
  source: SourceText,
  title: string | null,
  fileName: string | undefined,
): Candidate[] {
  const documentIsQA =
    saysQA.test(title ?? '') ||
    saysQA.test(fileName ?? '') ||
    candidates.some((c) => !needsQAContext(c)) ||
    coverage(candidates, source) >= mostly;
  if (documentIsQA) return [...candidates];
  return candidates.filter((c) => !needsQAContext(c) || c.context.labels.some((label) => saysQA.test(label)));
}
