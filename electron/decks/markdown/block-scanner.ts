import type { RootContent } from 'mdast';
import { skipReasons } from '@contract/deck-import';
import { answerOver } from './answer-span';
import { categoryOf } from './category-line';
import type { Collected, Context } from './candidate';
import { detailsAt, isRevealLabel, opensDetails } from './details-block';
import { findParenthesisedDuration } from './durations';
import { plainText } from './inline-text';
import { isSpokenPiece, labelOf } from './label-paragraph';
import { scanList } from './list-scanner';
import { cleanPrompt, questionInParagraph } from './paragraph-question';
import { questionMarkerOf } from './question-shape';
import { skipReasonFor } from './section-roles';
import type { SourceText } from './source-text';

const isQuestionStart = (node: RootContent, source: SourceText, next: RootContent | undefined) =>
  node.type === 'paragraph' && (questionInParagraph(node, source, 'block') !== null || categoryOf(node, next) !== null);

/** Where an answer that started before `from` ends: the next question, rule, <details> or askable-questions label. */
function answerEnd(blocks: readonly RootContent[], from: number, source: SourceText, stopAtLabels: boolean): number {
  for (let i = from; i < blocks.length; i++) {
    const node = blocks[i]!;
    if (node.type === 'thematicBreak' || node.type === 'heading' || opensDetails(node)) return i;
    if (isQuestionStart(node, source, blocks[i + 1])) return i;
    if (node.type === 'paragraph') {
      const label = labelOf(node, source);
      if (label && (stopAtLabels || skipReasonFor(label.label) === skipReasons.askInterviewer)) return i;
    }
  }
  return blocks.length;
}

/** Explicit "Q:" items are kept under tips headings, not under "Questions to ask the interviewer". */
export function skipFor(origin: string, context: Context): string | null {
  if (origin === 'explicit' && context.skipReason !== skipReasons.askInterviewer) return null;
  return context.skipReason;
}

/** Finds questions among the blocks directly under one heading (or before the first heading). */
export function scanBlocks(
  blocks: readonly RootContent[],
  sectionContext: Context,
  source: SourceText,
  out: Collected,
): void {
  let context = sectionContext;
  let labelSkip: string | null = null;
  let i = 0;
  while (i < blocks.length) {
    const node = blocks[i]!;
    // A label such as "**Questions to Ask:**" speaks for the block right after it only.
    const pendingSkip = labelSkip;
    labelSkip = null;
    if (node.type === 'paragraph') {
      const category = categoryOf(node, blocks[i + 1]);
      if (category) {
        context = {
          ...sectionContext,
          path: [...sectionContext.path, category.label],
          labels: [...sectionContext.labels, category.label],
        };
        if (!category.inline) {
          i += 1;
          continue;
        }
      }
      const question = questionInParagraph(node, source, 'block', category?.inline ? 1 : 0);
      if (question) {
        let end = answerEnd(blocks, i + 1, source, false);
        const rest = blocks.slice(i + 1, end);
        // A question followed straight by a "Click to view the answer" block is answered inside it.
        const revealed = rest.length === 0 && question.answerStart === null ? detailsAt(blocks, end, source) : null;
        const { answer, meta, extras } =
          revealed && isRevealLabel(revealed.summary)
            ? { answer: revealed.answer, meta: null, extras: {} }
            : question.answerStart !== null
              ? answerOver(source, [node, ...rest], question.answerStart, source.end(rest[rest.length - 1] ?? node))
              : answerOver(source, rest);
        if (revealed && isRevealLabel(revealed.summary)) end = revealed.next;
        const skip = pendingSkip ?? skipFor(question.origin, context);
        if (skip) out.skipped.push({ text: question.prompt, line: question.line, reason: skip });
        else
          out.candidates.push({
            prompt: question.prompt,
            line: question.line,
            answer,
            origin: question.origin,
            context,
            statedSeconds: findParenthesisedDuration(question.prompt)?.seconds ?? null,
            number: question.number,
            meta,
            extras,
          });
        i = end;
        continue;
      }
      const label = labelOf(node, source);
      if (label?.duration) {
        const end = answerEnd(blocks, i + 1, source, true);
        const rest = blocks.slice(i + 1, end);
        const inline = label.restStart !== null ? source.text.slice(label.restStart, source.end(node)) : '';
        if (isSpokenPiece(label.label, rest, inline)) {
          const { answer, meta, extras } =
            label.restStart !== null
              ? answerOver(source, [node, ...rest], label.restStart, source.end(rest[rest.length - 1] ?? node))
              : answerOver(source, rest);
          out.candidates.push({
            prompt: cleanPrompt(label.label),
            line: label.line,
            answer,
            origin: 'timed',
            context,
            statedSeconds: label.duration.seconds,
            number: null,
            meta,
            extras,
          });
        } else {
          out.skipped.push({ text: label.label, line: label.line, reason: skipReasons.timedAgenda });
        }
        i = end;
        continue;
      }
      if (label) labelSkip = skipReasonFor(label.label);
      out.freeText.push(plainText(node));
    } else if (node.type === 'list') {
      scanList(node, context, pendingSkip, source, out);
    } else if (opensDetails(node)) {
      const details = detailsAt(blocks, i, source);
      if (details && isRevealLabel(details.summary)) {
        i = details.next;
        continue;
      }
      if (details) {
        const text = details.summary.replace(/\*\*|__|`/g, '');
        const prompt = cleanPrompt(questionMarkerOf(text)?.rest || text);
        if (prompt) {
          const skip = pendingSkip ?? context.skipReason;
          if (skip) out.skipped.push({ text: prompt, line: details.line, reason: skip });
          else
            out.candidates.push({
              prompt,
              line: details.line,
              answer: details.answer,
              origin: 'details',
              context,
              statedSeconds: findParenthesisedDuration(prompt)?.seconds ?? null,
              number: questionMarkerOf(text)?.number ?? null,
              meta: null,
            });
        }
        i = details.next;
        continue;
      }
    }
    i += 1;
  }
}
