import type { Root } from 'mdast';
import { skipReasons, type ImportResult } from '@contract/deck-import';
import { AppError } from '@contract/app-error';
import { defaultTargetOptions, type TargetOptions } from '../targets';
import { looksBinary } from './binary-check';
import { defuse } from './defuse';
import { titleFromFileName } from '../formats/file-name';
import type { Collected } from './candidate';
import { finalize } from './finalize';
import { htmlTagRanges } from './html-tags';
import { parseGuide } from './guide-syntax';
import { inQAScope } from './qa-scope';
import { SectionWalker } from './section-walker';
import { buildSections } from './section-tree';
import { SourceText } from './source-text';

export interface ImportOptions extends Partial<TargetOptions> {
  /** Used for the title when the guide has no level-1 heading. */
  fileName?: string;
}

/** Guides are text; anything past this is not a prep guide and would only stall the preview. */
export const maxMarkdownBytes = 2_000_000;

function collectUnspoken(root: Root, source: SourceText) {
  const visit = (node: Root | Root['children'][number]) => {
    if (node.type === 'code') source.unspoken.push([source.start(node), source.end(node)]);
    else if (node.type === 'html') source.unspoken.push(...htmlTagRanges([node], source));
    else if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
  };
  visit(root);
}

/**
 * Reads a prep guide's questions, model answers, sections and timing targets.
 * Pure: nothing is saved. Throws NOT_MARKDOWN for binary input or a text with
 * nothing shaped like a question in it.
 */
export function importMarkdown(text: string, options: ImportOptions = {}): ImportResult {
  if (text.length > maxMarkdownBytes)
    throw new AppError('BAD_FILE', { reason: 'file-too-large', limitBytes: maxMarkdownBytes });
  if (looksBinary(text)) throw new AppError('NOT_MARKDOWN', { reason: 'not-text' });
  const defused = defuse(text.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'));
  const tree = parseGuide(defused.text);
  const source = new SourceText(defused.text);
  collectUnspoken(tree, source);
  const { title, root } = buildSections(tree);
  const collected: Collected = { candidates: [], skipped: [], freeText: [] };
  new SectionWalker(source, collected).walkRoot(root);
  collected.candidates.splice(0, Infinity, ...inQAScope(collected.candidates, source, title, options.fileName));
  const result = finalize(collected, source, { ...defaultTargetOptions, ...definedOnly(options) });
  const couldKeep = result.skipped.some((s) => s.reason === skipReasons.noModelAnswer);
  if (result.questions.length === 0 && !couldKeep) throw new AppError('NOT_MARKDOWN', { reason: 'no-questions-found' });
  if (defused.changed)
    result.warnings.unshift({
      line: null,
      message:
        'Some unusual formatting (very deep nesting or long runs of brackets or asterisks) was simplified to read it.',
    });
  return { title: title ?? titleFromFileName(options.fileName) ?? 'Imported guide', ...result };
}

function definedOnly(options: ImportOptions): Partial<TargetOptions> {
  const { wordsPerMinute, roundToSeconds, minSeconds, maxSeconds } = options;
  return Object.fromEntries(
    Object.entries({ wordsPerMinute, roundToSeconds, minSeconds, maxSeconds }).filter(([, v]) => v !== undefined),
  );
}
