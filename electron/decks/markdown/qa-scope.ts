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

// Share of the document's spoken words inside asked questions and their answers above which
// it reads as Q&A even without saying so ("# Notes / ## How do you shard…?", "# Sales pitch drills").
const mostly = 0.6;

// "**3. The customer says it is too expensive. Respond.**": a numbered bold paragraph.
const numberedBold = /^[ \t>]*(?:\*\*|__)\s*\d{1,3}[.)]\s/;
/** A run this long of numbered bold prompts is a drill list, not a README's two install steps. */
const drillRun = 3;

/**
 * Prompts that ask something: a question mark, or a numbered bold prompt in a
 * drill list ("**1. Give me the pitch in thirty seconds.**"). "What it reads"
 * heads a README's section without asking anything.
 */
function askingCandidates(candidates: readonly Candidate[], source: SourceText): Candidate[] {
  const numbered = candidates.filter(
    (c) =>
      c.origin === 'bold' &&
      numberedBold.test(source.text.slice(source.lineStart(c.line), source.lineStart(c.line + 1))),
  );
  const drills = numbered.length >= drillRun ? new Set(numbered) : new Set<Candidate>();
  return candidates.filter((c) => /\?["”']?$/.test(c.prompt) || drills.has(c));
}

function coverage(candidates: readonly Candidate[], source: SourceText): number {
  // Code is not said: a README's install steps answered by commands do not make it Q&A.
  const total = countWords(source.spoken(0, source.text.length));
  const covered = askingCandidates(candidates, source).reduce(
    (sum, c) => sum + countWords(c.prompt) + (c.answer ? countWords(source.spoken(c.answer.start, c.answer.end)) : 0),
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
