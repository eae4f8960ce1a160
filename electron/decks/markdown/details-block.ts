import type { Html, Nodes, RootContent } from 'mdast';
import type { AnswerSpan } from './candidate';
import { htmlTagRanges } from './html-tags';
import { plainText } from './inline-text';
import type { SourceText } from './source-text';

const opening = /<details[\s>]/i;
const summaryOpen = /<summary[^>]*>/i;
const summaryClose = /<\/summary\s*>/i;
const closing = /<\/details\s*>/i;

export const opensDetails = (node: RootContent): node is Html => node.type === 'html' && opening.test(node.value);

// "Click to view the answer", "Show answer", "Reveal solution": a label for hiding the answer, never a question.
const revealLabel =
  /^(?:(?:click|tap)(?: here)?(?: to)? )?(?:(?:view|see|show|reveal|display|expand|open|check)(?: the| an?| my)? )?(?:sample |model |example |suggested )?(?:answers?|solutions?|responses?)(?: here)?[.!:…]*$/i;

export const isRevealLabel = (summary: string): boolean => revealLabel.test(summary.trim());

export interface DetailsQuestion {
  readonly summary: string;
  readonly line: number;
  readonly answer: AnswerSpan | null;
  /** Index of the first block after the whole <details> element. */
  readonly next: number;
}

const entities: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const stripTags = (html: string) =>
  html.replace(/<[^>]*>/g, ' ').replace(/&(nbsp|amp|lt|gt|quot|apos);/g, (_, name: string) => entities[name]!);
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

const htmlValue = (node: RootContent | undefined) => (node?.type === 'html' ? node.value : '');

/** The question a summary spread over several blocks holds: its text, then any list in it as "a; b". */
function summaryText(nodes: readonly RootContent[], head: string, tail: string): string {
  const parts = [squash(stripTags(head))];
  for (const node of nodes) {
    if (node.type === 'list') parts.push(node.children.map((item) => squash(plainText(item))).join('; '));
    else parts.push(squash(node.type === 'html' ? stripTags(node.value) : plainText(node)));
  }
  parts.push(squash(stripTags(tail)));
  return parts.filter(Boolean).join(' ');
}

const shortItem = (node: Nodes) => squash(plainText(node)).split(' ').length <= 6;
const leadIn = /(?:consider|think about|to cover|to mention|hints?|points?|things|factors|areas)\b[^.]*:$/i;

/**
 * A body that only goes on asking ("Things to consider: - locking - rollback")
 * leaves the question unanswered: a list of short items, with at most a lead-in
 * line ending in a colon, and no sentence of an answer.
 */
function onlyContinuesQuestion(nodes: readonly RootContent[]): boolean {
  const content = nodes.filter((n) => n.type !== 'html' || squash(stripTags(n.value)) !== '');
  const lists = content.filter((n) => n.type === 'list');
  if (lists.length === 0) return false;
  const rest = content.filter((n) => n.type !== 'list');
  if (!rest.every((n) => n.type === 'paragraph' && leadIn.test(squash(plainText(n))))) return false;
  return lists.every((list) => list.children.every((item) => item.children.length === 1 && shortItem(item)));
}

/**
 * `<details><summary>Question</summary> answer </details>`: the answer is
 * whatever sits between the summary and the closing tag, Markdown blocks
 * included; formatting tags such as `<b>` or `<br>` are cut from it.
 */
export function detailsAt(blocks: readonly RootContent[], index: number, source: SourceText): DetailsQuestion | null {
  const node = blocks[index];
  if (!node || !opensDetails(node)) return null;
  const open = summaryOpen.exec(node.value);
  if (!open) return null;
  // The summary may run on over several blocks when it holds blank lines or a list.
  let summaryEnd = index;
  while (
    summaryEnd < blocks.length &&
    !summaryClose.test(htmlValue(blocks[summaryEnd]).slice(summaryEnd === index ? open.index : 0))
  )
    summaryEnd += 1;
  if (summaryEnd >= blocks.length) return null;
  const endNode = blocks[summaryEnd]!;
  const closeMatch = summaryClose.exec(htmlValue(endNode).slice(summaryEnd === index ? open.index : 0))!;
  const closeAt = (summaryEnd === index ? open.index : 0) + closeMatch.index;
  const summary =
    summaryEnd === index
      ? squash(stripTags(node.value.slice(open.index + open[0].length, closeAt)))
      : summaryText(
          blocks.slice(index + 1, summaryEnd),
          node.value.slice(open.index + open[0].length),
          htmlValue(endNode).slice(0, closeAt),
        );
  const afterSummary = source.start(endNode) + closeAt + closeMatch[0].length;
  const line = node.position?.start.line ?? 1;

  const tail = htmlValue(endNode).slice(closeAt + closeMatch[0].length);
  const closeHere = closing.exec(tail);
  let end: number;
  let next: number;
  let inside: RootContent[] = [];
  if (closeHere) {
    end = afterSummary + closeHere.index;
    next = summaryEnd + 1;
  } else {
    let close = summaryEnd + 1;
    while (close < blocks.length && !closing.test(htmlValue(blocks[close]))) close += 1;
    inside = blocks.slice(summaryEnd + 1, close);
    const closer = blocks[close];
    end = closer
      ? source.start(closer) + closing.exec(htmlValue(closer))!.index
      : source.end(inside[inside.length - 1] ?? endNode);
    next = Math.min(close + 1, blocks.length);
  }
  const cut = htmlTagRanges(blocks.slice(summaryEnd, next), source).filter(
    ([from, to]) => from >= afterSummary && to <= end,
  );
  const spoken = source.markdown(afterSummary, end, cut);
  const answered =
    spoken !== '' && !(inside.length > 0 && squash(stripTags(tail)) === '' && onlyContinuesQuestion(inside));
  return { summary, line, answer: answered ? { start: afterSummary, end, cut } : null, next };
}
