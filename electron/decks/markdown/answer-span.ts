import type { Nodes, Paragraph } from 'mdast';
import type { AnswerSpan, CandidateExtras, CandidateMeta } from './candidate';
import { parseMeta } from './meta-comment';
import { opensWithAnswerMarker } from './paragraph-question';
import type { SourceText } from './source-text';
import { trailingNotes } from './trailing-notes';

export interface BodyAnswer {
  readonly answer: AnswerSpan | null;
  readonly meta: CandidateMeta | null;
  /** Difficulty, tags and source read from note lines after the answer. */
  readonly extras: CandidateExtras;
}

/**
 * The answer made of consecutive nodes (optionally starting part-way into the
 * first, after a question on the same paragraph). A leading "A:" marker and our
 * own metadata comments are left out of the text.
 */
export function answerOver(
  source: SourceText,
  nodes: readonly Nodes[],
  start?: number | null,
  end?: number,
): BodyAnswer {
  let meta: CandidateMeta | null = null;
  const cut: [number, number][] = [];
  for (const node of nodes) {
    const found = node.type === 'html' ? parseMeta(node) : null;
    if (found) {
      meta = found;
      cut.push([source.start(node), source.end(node)]);
    }
  }
  const textNodes = nodes.filter((n) => !(n.type === 'html' && parseMeta(n)));
  const first = textNodes[0];
  let from = start ?? null;
  if (from === null && first) {
    from =
      first.type === 'paragraph' && opensWithAnswerMarker(first as Paragraph)
        ? source.skipAnswerMarker(source.contentStart(first.position?.start.line ?? 1, source.start(first)))
        : source.start(first);
  }
  const last = textNodes[textNodes.length - 1];
  const notes = trailingNotes(textNodes, source);
  const extras = notes?.extras ?? {};
  const to = Math.min(end ?? (last ? source.end(last) : (from ?? 0)), notes?.end ?? Infinity);
  if (from === null || to <= from || source.text.slice(from, to).trim() === '') return { answer: null, meta, extras };
  return { answer: { start: from, end: to, cut }, meta, extras };
}
