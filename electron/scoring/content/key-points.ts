import { answerCasing, namedTerms } from './named-terms';

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

interface Draft {
  raw: string;
  text: string;
  kind: KeyPointKind;
}

function draft(raw: string, kind: KeyPointKind): Draft[] {
  const text = stripInline(raw);
  if (text.split(/\s+/).length < 2 || isLeadIn(text)) return [];
  return [{ raw, text, kind }];
}

/**
 * Splits a Markdown model answer into key points: each list item is one point, other text is split into
 * sentences; headings and code blocks are left out (nobody reads code aloud).
 */
export function extractKeyPoints(modelAnswer: string): KeyPoint[] {
  const drafts: Draft[] = [];
  let inFence = false;
  for (const line of modelAnswer.split(/\r?\n/)) {
    if (fence.test(line)) {
      inFence = !inFence;
      continue;
    }
    if (inFence || /^\s*#/.test(line) || /^\s*\|/.test(line) || !line.trim()) continue;
    const item = listItem.exec(line);
    if (item) drafts.push(...draft(item[1] ?? '', 'item'));
    else for (const sentence of splitSentences(line)) drafts.push(...draft(sentence, 'sentence'));
  }
  // Names are told from ordinary words by how the whole answer writes them, not one sentence alone.
  const casing = answerCasing(drafts.map((d) => d.text));
  return drafts.map(({ raw, text, kind }) => ({
    text,
    kind,
    keyTerms: [...new Set([...boldTerms(raw), ...namedTerms(text, casing)])],
  }));
}
