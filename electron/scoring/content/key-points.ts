export type KeyPointKind = 'item' | 'sentence';

/** One idea of the model answer that the spoken answer should carry. */
export interface KeyPoint {
  text: string;
  kind: KeyPointKind;
  /** Terms that make this point specific: bold labels, numbers, named technologies. */
  keyTerms: string[];
}

const listItem = /^\s*(?:[-*+•]|\d+[.)])\s+(.*)$/;
const fence = /^\s*(```|~~~)/;
// Sentence ends: punctuation then space and a capital, digit or quote; not "e.g." / "i.e." / "vs." / decimals.
const sentenceEnd = /(?<!\b(?:e\.g|i\.e|vs|etc|approx|Mr|Ms|Dr))([.!?])\s+(?=["“(*]?[A-Z0-9])/g;

function stripInline(text: string): string {
  return text
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|\s)[*_]([^*_]+)[*_](?=\s|[.,;:!?]|$)/g, '$1$2')
    .replace(/^["“”']+|["“”']+$/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function boldTerms(text: string): string[] {
  return [...text.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => (m[1] ?? '').replace(/[:.]\s*$/, '').trim()).filter(Boolean);
}

/** Numbers, and names written like names: "ArgoCD", "K8s", "P99", "RBAC", "t3.medium", mid-sentence "Redis". */
export function namedTerms(text: string): string[] {
  const found = new Set<string>();
  const words = text.split(/[\s/-]+/);
  words.forEach((raw, i) => {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#%]+$/gu, '');
    if (!word) return;
    const startsSentence = i === 0 || /[.!?:]["”]?$/.test(words[i - 1] ?? '');
    const isNumber = /\d/.test(word);
    const isAcronym = /^[A-Z]{2,}s?$/.test(word);
    const isCamel = /^[A-Za-z]+[a-z][A-Z]/.test(word) || /^[a-z]+[A-Z]/.test(word);
    const isName = !startsSentence && /^[A-Z][a-z]/.test(word) && word !== 'I';
    if (isNumber || isAcronym || isCamel || isName) found.add(word);
  });
  return [...found];
}

function splitSentences(text: string): string[] {
  return text
    .replace(sentenceEnd, '$1\n')
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A lead-in like "I implemented:" or "This:" introduces a list; it is not an idea of its own. */
function isLeadIn(text: string): boolean {
  return /:\s*$/.test(text) && text.split(/\s+/).length <= 8;
}

function point(raw: string, kind: KeyPointKind): KeyPoint | null {
  const text = stripInline(raw);
  if (text.split(/\s+/).length < 2 || isLeadIn(text)) return null;
  return { text, kind, keyTerms: [...new Set([...boldTerms(raw), ...namedTerms(text)])] };
}

/**
 * Splits a Markdown model answer into key points: each list item is one point, other text is split into
 * sentences; headings and code blocks are left out (nobody reads code aloud).
 */
export function extractKeyPoints(modelAnswer: string): KeyPoint[] {
  const points: KeyPoint[] = [];
  let inFence = false;
  for (const line of modelAnswer.split(/\r?\n/)) {
    if (fence.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || /^\s*#/.test(line) || /^\s*\|/.test(line) || !line.trim()) continue;
    const item = listItem.exec(line);
    if (item) {
      const made = point(item[1] ?? '', 'item');
      if (made) points.push(made);
      continue;
    }
    for (const sentence of splitSentences(line)) {
      const made = point(sentence, 'sentence');
      if (made) points.push(made);
    }
  }
  return points;
}
