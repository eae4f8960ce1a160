import { its, nlp } from '../scoring/text/english-model';

/**
 * What a key point is about, in words that read well inside a question: a
 * noun phrase ("team autonomy", "Python and Go") when the point has one, else
 * the point itself as a quoted statement. `area` is the point's own heading
 * when it names a part of the system ("Database: query performance…" is
 * about query performance, on the database side).
 */
export type Topic = { kind: 'phrase'; text: string; area: string | null } | { kind: 'statement'; text: string };

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

/** Names a question can carry ("EC2", "S3" too): not bare numbers ("7+", "99.9%", "1K") nor addresses ("app:8000"). */
const speakableTerm = (term: string) =>
  /^[A-Za-z][A-Za-z0-9.+#/ -]*$/.test(term) && (term.match(/[A-Za-z]/g)?.length ?? 0) >= 2;

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

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The point lists the two side by side ("Terraform and Ansible", "EKS or self-managed"), so they read as a pair;
 * not when the second starts a phrase of its own ("MongoDB and CPU bound during inference").
 */
const listedTogether = (a: string, b: string, text: string) =>
  new RegExp(
    `${escaped(a)}\\s*(?:,|and|or|&|/)\\s*${escaped(b)}(?=\\s*(?:[,.;:)]|$|\\s(?:and|or|for|with|to|in|on|as|via)\\b))`,
    'i',
  ).test(text);

/**
 * A key term, or two when the point lists them together; dropping ones
 * already inside a longer kept term ("CI" under "CI/CD"). Two unrelated
 * terms ("MongoDB and CPU") would ask about a pairing the point never made.
 */
function termPhrase(rawTerms: readonly string[], exclude: readonly string[], text: string): string | null {
  const terms = rawTerms.filter(speakableTerm).map((t) => wholeName(t, text));
  const kept: string[] = [];
  const inside = (a: string, b: string) => b.toLowerCase().includes(a.toLowerCase());
  for (const term of terms) {
    if (!speakableTerm(term) || exclude.some((e) => inside(term, e) || inside(e, term))) continue;
    if (kept.some((k) => inside(term, k) || inside(k, term))) continue;
    if (kept.length === 1 && !listedTogether(kept[0]!, term, text)) continue;
    kept.push(term);
    if (kept.length === 2) break;
  }
  return kept.length > 0 ? kept.join(' and ') : null;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** Instructions in a guide ("Check distributed tracing…") are about what follows the verb. */
const leadingInstruction =
  /^(check|use|add|implement|run|monitor|set up|enable|configure|measure|review|verify|inspect|profile|track|consider|introduce|adopt|apply|automate|ensure|identify|look at|validate|no|not)\s+/i;

/**
 * Words that make a fragment a clause ("Redis caches the responses", "Teams deploy independently"): an auxiliary,
 * an adverb or a finite verb. Participles stay ("distributed tracing", "event-driven"), and so does a first
 * word read as a verb before a noun ("hit ratio").
 */
function readsAsClause(fragment: string): boolean {
  const tokens = nlp.readDoc(fragment).tokens();
  const words = tokens.out();
  const tags = tokens.out(its.pos);
  return tags.some((tag, i) => {
    if (tag === 'AUX' || tag === 'ADV') return true;
    if (tag !== 'VERB' || /(ed|ing|en)$/i.test(words[i]!)) return false;
    return !(i === 0 && tags[1] === 'NOUN');
  });
}

/** A short fragment with no sentence punctuation inside reads as a noun phrase ("End-to-end automation"). */
function shortFragment(text: string): string | null {
  const bare = text
    .replace(/[.;:!?]+$/, '')
    .trim()
    .replace(leadingInstruction, '');
  if (wordCount(bare) < 2 && text.trim() !== bare) return null;
  if (!bare || wordCount(bare) > maxPhraseWords || /[.,;:!?()]/.test(bare)) return null;
  // Markup, queries and arrows ("a=b", "X → Y", "<200ms") cannot be read aloud as a topic.
  if (!/^[\p{L}\p{N} /+#.&'’-]+$/u.test(bare)) return null;
  if (/\b(I|we|my|our|it|is|are|was|were)\b/i.test(bare) || readsAsClause(bare)) return null;
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

/** The candidate's notes say "I" and "we"; the interviewer reads them back as "you". */
function toSecondPerson(text: string): string {
  const swaps: Record<string, string> = {
    "i'd": "you'd",
    "i'm": "you're",
    "i've": "you've",
    "i'll": "you'll",
    i: 'you',
    me: 'you',
    my: 'your',
    mine: 'yours',
    we: 'you',
    "we'd": "you'd",
    "we're": "you're",
    "we've": "you've",
    us: 'you',
    our: 'your',
  };
  return text.replace(/\b(I'd|I'm|I've|I'll|we'd|we're|we've|I|me|my|mine|we|us|our)\b/gi, (w, _, at: number) => {
    const swapped = swaps[w.toLowerCase()] ?? w;
    return at === 0 ? swapped.charAt(0).toUpperCase() + swapped.slice(1) : swapped;
  });
}

/** Headings that sort a guide's notes rather than name a part of the system. */
const sortingLabels =
  /^(fix|fixes|solution|benefits?|high-level|overview|summary|results?|impact|outcomes?|notes?|examples?|why|how|what|pros|cons|trade-?offs?|key points?|approach|answer|goals?|context|situation|task|action|steps?( \d+)?|business problem|problem|lessons?|takeaways?)$/i;

/** A heading that is itself a name ("CrashLoopBackOff", "ImagePullBackOff") is what the point is about. */
const namedHeading = (label: string) => /^[A-Z][a-z]+[A-Z][A-Za-z]*$/.test(label);

export function topicOf(point: PointWords): Topic {
  const text = cleanPointText(point.text);
  const labelled = /^([A-Za-z][A-Za-z/ -]{1,40}):\s+(.+)$/.exec(text);
  const label = labelled ? labelled[1]!.trim() : null;
  const rest = labelled ? labelled[2]! : text;
  const labelParts = label ? [label, ...label.split(/[ -]/)] : [];
  const usefulLabel = label && wordCount(label) <= 3 && !sortingLabels.test(label) ? label : null;
  if (usefulLabel && namedHeading(usefulLabel)) return { kind: 'phrase', text: usefulLabel, area: null };
  const fragment = shortFragment(rest);
  if (fragment) return { kind: 'phrase', text: fragment, area: usefulLabel && midSentence(usefulLabel) };
  const phrase =
    termPhrase(point.keyTerms, labelParts, rest) ??
    (usefulLabel && !/-/.test(usefulLabel) ? midSentence(usefulLabel) : null) ??
    shortFragment(text);
  return phrase
    ? { kind: 'phrase', text: phrase, area: null }
    : { kind: 'statement', text: statement(toSecondPerson(rest)) };
}
