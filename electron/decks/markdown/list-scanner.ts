import type { List, ListItem } from 'mdast';
import { skipReasons } from '@contract/deck-import';
import { answerOver } from './answer-span';
import type { Collected, Context } from './candidate';
import { findParenthesisedDuration } from './durations';
import { plainText } from './inline-text';
import { questionInParagraph } from './paragraph-question';
import type { SourceText } from './source-text';

const short = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 140 ? `${line.slice(0, 137)}…` : line;
};

function itemQuestion(item: ListItem, source: SourceText) {
  const [first, ...rest] = item.children;
  if (!first || first.type !== 'paragraph') return null;
  const question = questionInParagraph(first, source, 'listItem');
  if (!question) return null;
  const { answer, meta, extras } =
    question.answerStart !== null
      ? answerOver(source, [first, ...rest], question.answerStart, source.end(item))
      : answerOver(source, rest);
  return { question, answer, meta, extras };
}

/**
 * A list in free text: a checklist (skipped), a list of questions with their
 * answers indented under each item, or ordinary bullets (ignored). A list only
 * counts as questions when most of its items read as questions.
 */
export function scanList(list: List, context: Context, labelSkip: string | null, source: SourceText, out: Collected) {
  const line = list.position?.start.line ?? 0;
  if (list.children.some((item) => typeof item.checked === 'boolean')) {
    const first = list.children[0];
    const more = list.children.length > 1 ? ` (+${list.children.length - 1} more)` : '';
    out.skipped.push({
      text: short(first?.children[0] ? plainText(first.children[0]) : '') + more,
      line,
      reason: skipReasons.checklist,
    });
    return;
  }
  const found = list.children.map((item) => itemQuestion(item, source));
  const questions = found.filter((f) => f !== null);
  if (questions.length === 0 || questions.length * 2 < list.children.length) {
    out.freeText.push(plainText(list));
    return;
  }
  const skipReason = labelSkip ?? context.skipReason;
  for (const { question, answer, meta, extras } of questions) {
    if (skipReason) {
      out.skipped.push({ text: question.prompt, line: question.line, reason: skipReason });
      continue;
    }
    out.candidates.push({
      prompt: question.prompt,
      line: question.line,
      answer,
      origin: question.origin === 'explicit' ? 'explicit' : 'list',
      context,
      statedSeconds: findParenthesisedDuration(question.prompt)?.seconds ?? null,
      number: question.number,
      meta,
      extras,
    });
  }
}
