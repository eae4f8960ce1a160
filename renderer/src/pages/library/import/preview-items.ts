import type { ImportPreview, QuestionInput } from '@contract/decks';
import {
  defaultTarget,
  defaultTargetOptions,
  maxTargetSeconds,
  skipReasons,
  spokenWords,
  type SkippedItem,
} from '@contract/deck-import';

/** One row of the import preview as the user fixes it before saving. */
export interface PreviewItem extends QuestionInput {
  readonly key: string;
  readonly line: number;
  readonly dropped: boolean;
}

let next = 0;
const newKey = () => `item-${++next}`;

export function itemsFromPreview(preview: ImportPreview): PreviewItem[] {
  return preview.questions.map(({ line, ...question }) => ({ ...question, line, key: newKey(), dropped: false }));
}

/**
 * A target derived from the answer follows the answer, at the pace the preview was made with
 * (`wordsPerMinute` from the preview), so it agrees with what the import worked out. A stated one
 * (from the guide, or typed by the user, which marks it stated) is left alone.
 */
export function withDefaultTarget(item: PreviewItem, wordsPerMinute: number): PreviewItem {
  if (item.targetSource !== 'default') return item;
  const targetSeconds = defaultTarget(spokenWords(item.modelAnswer), { ...defaultTargetOptions, wordsPerMinute });
  return targetSeconds === item.targetSeconds ? item : { ...item, targetSeconds };
}

export function updateItem(
  items: readonly PreviewItem[],
  key: string,
  patch: Partial<PreviewItem>,
  wordsPerMinute: number,
): PreviewItem[] {
  return items.map((item) => {
    if (item.key !== key) return item;
    const updated = { ...item, ...patch };
    const answerChanged = patch.modelAnswer !== undefined && patch.modelAnswer !== item.modelAnswer;
    return answerChanged && patch.targetSeconds === undefined ? withDefaultTarget(updated, wordsPerMinute) : updated;
  });
}

/**
 * Two rows that were one question: the first keeps its prompt and the answers are joined. If either target
 * was stated, the two are added up; otherwise the target is worked out again from the joined answer.
 */
export function mergeWithNext(items: readonly PreviewItem[], key: string, wordsPerMinute: number): PreviewItem[] {
  const index = items.findIndex((item) => item.key === key);
  const first = items[index];
  const second = items[index + 1];
  if (!first || !second) return [...items];
  const merged = withDefaultTarget(
    {
      ...first,
      modelAnswer: [first.modelAnswer, `**${second.prompt}**`, second.modelAnswer].filter((t) => t.trim()).join('\n\n'),
      targetSeconds: Math.min(maxTargetSeconds, first.targetSeconds + second.targetSeconds),
      targetSource: first.targetSource === 'stated' || second.targetSource === 'stated' ? 'stated' : 'default',
    },
    wordsPerMinute,
  );
  return [...items.slice(0, index), merged, ...items.slice(index + 2)];
}

/** Bold, quotes, numbering and "Q:" around a line that becomes a question. */
export function promptFromLine(line: string): string {
  return line
    .replace(/[*_`#>]/g, '')
    .replace(/^\s*(?:[-+]|\d+[.)])\s+/, '')
    .replace(/^\s*(?:Q(?:uestion)?\s*\d*\s*[:.)])\s*/i, '')
    .replace(/^["“']+|["”']+$/g, '')
    .trim();
}

/**
 * One row that hid a second question: the answer line the user chose starts
 * the new question, and everything after it becomes that question's answer.
 */
export function splitAt(
  items: readonly PreviewItem[],
  key: string,
  lineIndex: number,
  wordsPerMinute: number,
): PreviewItem[] {
  const index = items.findIndex((item) => item.key === key);
  const item = items[index];
  if (!item) return [...items];
  const lines = item.modelAnswer.split('\n');
  const prompt = promptFromLine(lines[lineIndex] ?? '');
  if (lineIndex <= 0 || lineIndex >= lines.length || !prompt) return [...items];
  const before = lines.slice(0, lineIndex).join('\n').trim();
  const after = lines
    .slice(lineIndex + 1)
    .join('\n')
    .trim()
    .replace(/^(?:\*\*)?A(?:nswer)?(?:\*\*)?\s*:\s*(?:\*\*)?\s*/i, '');
  const added = withDefaultTarget(
    { ...item, key: newKey(), prompt, modelAnswer: after, targetSource: 'default' },
    wordsPerMinute,
  );
  const kept = withDefaultTarget({ ...item, modelAnswer: before }, wordsPerMinute);
  return [...items.slice(0, index), kept, added, ...items.slice(index + 1)];
}

/** A skipped question the user wants after all; it is saved flagged as having no model answer. */
export function keepSkipped(items: readonly PreviewItem[], skipped: SkippedItem): PreviewItem[] {
  const item: PreviewItem = {
    key: newKey(),
    line: skipped.line,
    dropped: false,
    prompt: skipped.text,
    modelAnswer: '',
    section: '',
    difficulty: null,
    kind: 'technical',
    targetSeconds: 60,
    targetSource: 'default',
  };
  const at = items.findIndex((existing) => existing.line > skipped.line);
  return at === -1 ? [...items, item] : [...items.slice(0, at), item, ...items.slice(at)];
}

export const canKeep = (skipped: SkippedItem) => skipped.reason === skipReasons.noModelAnswer;

export function questionsToSave(items: readonly PreviewItem[]): QuestionInput[] {
  return items
    .filter((item) => !item.dropped && item.prompt.trim())
    .map(({ key: _key, line: _line, dropped: _dropped, ...question }) => ({
      ...question,
      prompt: question.prompt.trim(),
    }));
}
