import type { RootContent } from 'mdast';
import type { AnswerSpan } from './candidate';
import type { SourceText } from './source-text';

const opening = /<details[\s>]/i;
const summary = /<summary[^>]*>([^]*?)<\/summary>/i;
const closing = /<\/details\s*>/i;

export const opensDetails = (node: RootContent): boolean => node.type === 'html' && opening.test(node.value);

export interface DetailsQuestion {
  readonly summary: string;
  readonly line: number;
  readonly answer: AnswerSpan | null;
  /** Index of the first block after the whole <details> element. */
  readonly next: number;
}

const stripTags = (html: string) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');

/**
 * `<details><summary>Question</summary> answer </details>`: the answer is
 * whatever sits between the summary and the closing tag, Markdown blocks included.
 */
export function detailsAt(blocks: readonly RootContent[], index: number, source: SourceText): DetailsQuestion | null {
  const node = blocks[index];
  if (!node || node.type !== 'html') return null;
  const found = summary.exec(node.value);
  if (!found) return null;
  const nodeStart = source.start(node);
  const afterSummary = nodeStart + found.index + found[0].length;
  const line = node.position?.start.line ?? 1;
  const text = stripTags(found[1] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  const closeHere = closing.exec(node.value.slice(found.index + found[0].length));
  if (closeHere) {
    const end = afterSummary + closeHere.index;
    return {
      summary: text,
      line,
      answer: end > afterSummary ? { start: afterSummary, end, cut: [] } : null,
      next: index + 1,
    };
  }
  let close = index + 1;
  while (
    close < blocks.length &&
    !(blocks[close]!.type === 'html' && closing.test((blocks[close] as { value: string }).value))
  )
    close += 1;
  const lastInside = blocks[close - 1];
  const end = close < blocks.length ? source.start(blocks[close]!) : lastInside ? source.end(lastInside) : afterSummary;
  return {
    summary: text,
    line,
    answer: end > afterSummary ? { start: afterSummary, end, cut: [] } : null,
    next: Math.min(close + 1, blocks.length),
  };
}
