import type { Nodes, PhrasingContent } from 'mdast';

/** Plain text of a node; hard breaks become newlines so line structure survives. */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return '\n';
    case 'image':
      return node.alt ?? '';
    case 'html':
    case 'code':
    case 'yaml':
    case 'definition':
      return '';
    default:
      return 'children' in node ? node.children.map((child: Nodes) => plainText(child)).join('') : '';
  }
}

/** One source line of a paragraph: its phrasing parts and the 1-based line it starts on. */
export interface LogicalLine {
  readonly line: number;
  readonly parts: (PhrasingContent | string)[];
  readonly text: string;
}

// Several readers ask for the lines of the same paragraph (is it a question, a label, a note?).
const splitCache = new WeakMap<readonly PhrasingContent[], { firstLine: number; lines: readonly LogicalLine[] }>();

/**
 * Splits a paragraph's phrasing content at soft and hard line breaks. Inline
 * nodes that span lines (a bold question wrapped over two lines) stay whole,
 * so a question is never cut in the middle of its emphasis. The result is
 * shared between callers: read it, never change it.
 */
export function splitLines(children: readonly PhrasingContent[], firstLine: number): readonly LogicalLine[] {
  const cached = splitCache.get(children);
  if (cached?.firstLine === firstLine) return cached.lines;
  const lines = splitUncached(children, firstLine);
  splitCache.set(children, { firstLine, lines });
  return lines;
}

function splitUncached(children: readonly PhrasingContent[], firstLine: number): LogicalLine[] {
  const lines: { line: number; parts: (PhrasingContent | string)[] }[] = [{ line: firstLine, parts: [] }];
  let current = lines[0]!;
  let line = firstLine;
  const newLine = () => {
    current = { line, parts: [] };
    lines.push(current);
  };
  for (const child of children) {
    const start = child.position?.start.line ?? line;
    if (child.type === 'break') {
      line = Math.max(line, start) + 1;
      newLine();
      continue;
    }
    if (child.type === 'text') {
      line = Math.max(line, start);
      const pieces = child.value.split('\n');
      pieces.forEach((piece, index) => {
        if (index > 0) {
          line += 1;
          newLine();
        }
        if (piece) current.parts.push(piece);
      });
      continue;
    }
    current.parts.push(child);
    line = Math.max(line, child.position?.end.line ?? start);
  }
  return lines
    .map((l) => ({ ...l, text: l.parts.map((p) => (typeof p === 'string' ? p : plainText(p))).join('') }))
    .filter((l) => l.parts.length > 0);
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

// A leading run of Latin-1 letters and symbols with no ASCII letter in it is an
// emoji read in the wrong encoding ("üéØ" for 🎯); real words keep their ASCII.
const mojibakeToken =
  /^[\u00a0-\u024f\u02c6-\u02dd\u03a9\u03c0\u2013-\u203a\u2122\u2126\u2200-\u22ff\u25ca\ufb01\ufb02\uf8ff]{2,8}(?=\s+[A-Za-z0-9"“'])/u;
const decoration = /^[\p{Extended_Pictographic}\p{So}\p{Sk}\p{Cf}\u20e3\ufe0f\s#*>|~-]+/u;

/** Heading or label text without bold markers, emoji, mis-encoded emoji and trailing colons. */
export function cleanLabel(text: string): string {
  let result = squash(text);
  for (let i = 0; i < 3; i++) {
    const before = result;
    result = result.replace(decoration, '').replace(mojibakeToken, '').trimStart();
    if (result === before) break;
  }
  return result.replace(/[\s:：\p{Extended_Pictographic}\ufe0f]+$/u, '').trim();
}

const quotePairs: Record<string, string> = { '"': '"', '“': '”', '„': '“', "'": "'", '‘': '’', '«': '»' };

/** Removes one pair of quotes wrapping the whole text ("Walk me through…" is said without them). */
export function stripOuterQuotes(text: string): string {
  const trimmed = text.trim();
  const close = quotePairs[trimmed[0] ?? ''];
  if (close && trimmed.length > 2 && trimmed.endsWith(close)) {
    const inner = trimmed.slice(1, -1);
    if (!inner.includes(trimmed[0]!) && !inner.includes(close)) return inner.trim();
  }
  return trimmed;
}

/** True when the text is wholly one quotation, e.g. a scenario heading "Database is at 90% CPU". */
export function isWhollyQuoted(text: string): boolean {
  const trimmed = text.trim();
  return stripOuterQuotes(trimmed) !== trimmed;
}

/** Key used to match the same question across imports: case, punctuation and numbering ignored. */
export function normalizePrompt(prompt: string): string {
  return prompt
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/^\s*(?:q(?:uestion)?\s*\d*\s*[:.)-]\s*|\d+\s*[.)]\s*)/u, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
