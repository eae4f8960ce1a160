import type { Paragraph, RootContent } from 'mdast';
import { splitLines } from './inline-text';
import { questionMarkerOf, startsWithAnswerMarker } from './question-shape';

/**
 * A plain-text guide (often pasted from a chat assistant) names its groups with
 * bare lines such as "Employee Relations" above "Question: …". Such a line is a
 * section name, not the end of the previous answer.
 */
export interface CategoryLine {
  readonly label: string;
  /** True when the question starts on the next line of the same paragraph. */
  readonly inline: boolean;
}

function isCategoryText(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/);
  return (
    words.length <= 6 &&
    t.length <= 60 &&
    /^[\p{Lu}\d]/u.test(t) &&
    !/[.?!:;,"”']$/.test(t) &&
    !questionMarkerOf(t) &&
    !startsWithAnswerMarker(t, true)
  );
}

const opensWithQuestionMarker = (node: RootContent | undefined) => {
  if (node?.type !== 'paragraph') return false;
  const first = splitLines(node.children, node.position?.start.line ?? 1)[0];
  return !!first && !!questionMarkerOf(first.text)?.rest;
};

/** The category a paragraph names, when an explicit "Question:" follows it (on its next line or next block). */
export function categoryOf(paragraph: Paragraph, next: RootContent | undefined): CategoryLine | null {
  const lines = splitLines(paragraph.children, paragraph.position?.start.line ?? 1);
  const first = lines[0];
  if (!first || !first.parts.every((p) => typeof p === 'string') || !isCategoryText(first.text)) return null;
  if (lines.length === 1) return opensWithQuestionMarker(next) ? { label: first.text.trim(), inline: false } : null;
  return questionMarkerOf(lines[1]!.text)?.rest ? { label: first.text.trim(), inline: true } : null;
}
