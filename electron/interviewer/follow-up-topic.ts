/**
 * What a key point is about, in words that read well inside a question: a
 * noun phrase ("team autonomy", "Python and Go") when the point has one, else
 * the point itself as a quoted statement.
 */
export type Topic = { kind: 'phrase'; text: string } | { kind: 'statement'; text: string };

export interface PointWords {
  text: string;
  keyTerms: readonly string[];
}

const maxPhraseWords = 6;
const maxStatementWords = 22;

/** Markdown emphasis and stray quote marks from the guide are not part of what is said. */
export function cleanPointText(text: string): string {
  return text
    .replace(/[*_`]+/g, '')
    .replace(/["“”{}]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Team Autonomy" reads as "team autonomy" mid-sentence; acronyms and names like "DevOps" keep their case. */
function midSentence(phrase: string): string {
  return phrase
    .split(' ')
    .map((w) => (/^[A-Z][a-z]+(-[a-z]+)*$/.test(w) ? w.toLowerCase() : w))
    .join(' ');
}

/** Names a question can carry: not bare numbers ("7+", "99.9%") nor addresses ("app:8000"). */
const speakableTerm = (term: string) => /^[A-Za-z][A-Za-z0-9.+#/ -]*$/.test(term) && !/\d/.test(term);

/** Capitalised only because they start a sentence. */
const sentenceWords = new Set([
  'The',
  'A',
  'An',
  'This',
  'That',
  'It',
  'Its',
  'Our',
  'We',
  'I',
  'My',
  'Each',
  'All',
  'Every',
]);

/**
 * The scorer splits names into terms ("Multi", "AZ"; "Application", "Load");
 * the point's own words give the whole name back ("Multi-AZ", "Application Load Balancer").
 */
function wholeName(term: string, text: string): string {
  const tokens = text.split(/\s+/).map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#]+$/gu, ''));
  const at = tokens.findIndex((t) => t === term || t.split(/[-/]/).includes(term));
  if (at < 0) return term;
  const named = (t: string | undefined) => !!t && /^[A-Z]/.test(t) && speakableTerm(t) && !sentenceWords.has(t);
  let first = at;
  let last = at;
  while (named(tokens[first - 1]) && !/[,.:;]$/.test(text.split(/\s+/)[first - 1] ?? '')) first -= 1;
  while (named(tokens[last + 1]) && !/[,.:;]$/.test(text.split(/\s+/)[last] ?? '')) last += 1;
  const name = tokens.slice(first, last + 1).join(' ');
  return last - first < 3 && speakableTerm(name) ? name : term;
}

/** Up to two key terms, dropping ones already inside a longer kept term ("CI" under "CI/CD"). */
function termPhrase(rawTerms: readonly string[], exclude: readonly string[], text: string): string | null {
  const terms = rawTerms.filter(speakableTerm).map((t) => wholeName(t, text));
  const kept: string[] = [];
  const inside = (a: string, b: string) => b.toLowerCase().includes(a.toLowerCase());
  for (const term of terms) {
    if (!speakableTerm(term) || exclude.some((e) => inside(term, e) || inside(e, term))) continue;
    if (kept.some((k) => inside(term, k) || inside(k, term))) continue;
    kept.push(term);
    if (kept.length === 2) break;
  }
  return kept.length > 0 ? kept.join(' and ') : null;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A short fragment with no sentence punctuation inside reads as a noun phrase ("End-to-end automation"). */
function shortFragment(text: string): string | null {
  const bare = text.replace(/[.;:!?]+$/, '').trim();
  if (!bare || wordCount(bare) > maxPhraseWords || /[.,;:!?()]/.test(bare)) return null;
  if (/\b(I|we|my|our|it|is|are|was|were)\b/i.test(bare)) return null;
  return midSentence(bare);
}

/** A long point is cut at its first clause break, then at a word limit, so it can be read aloud. */
function statement(text: string): string {
  let s = text.replace(/[.;:!?,\s]+$/, '');
  if (wordCount(s) > maxStatementWords) s = s.split(/[,;—–]| - /)[0]!.trim();
  const words = s.split(/\s+/);
  if (words.length > maxStatementWords) s = `${words.slice(0, maxStatementWords).join(' ')}…`;
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}${s.endsWith('…') ? '' : '.'}`;
}

export function topicOf(point: PointWords): Topic {
  const text = cleanPointText(point.text);
  const labelled = /^([A-Za-z][A-Za-z/ -]{1,40}):\s+(.+)$/.exec(text);
  const label = labelled ? labelled[1]!.trim() : null;
  const rest = labelled ? labelled[2]! : text;
  const labelParts = label ? [label, ...label.split(/[ -]/)] : [];
  const phrase =
    termPhrase(point.keyTerms, labelParts, rest) ??
    shortFragment(rest) ??
    (label && wordCount(label) <= 4 && !/-/.test(label) ? midSentence(label) : null) ??
    shortFragment(text);
  return phrase ? { kind: 'phrase', text: phrase } : { kind: 'statement', text: statement(rest) };
}
