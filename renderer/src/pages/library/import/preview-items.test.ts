import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '@contract/decks';
import {
  itemsFromPreview,
  keepSkipped,
  mergeWithNext,
  promptFromLine,
  questionsToSave,
  splitAt,
  updateItem,
} from './preview-items';

const question = (prompt: string, modelAnswer: string, line: number, targetSeconds = 30) => ({
  prompt,
  modelAnswer,
  section: 'Basics',
  difficulty: null,
  kind: 'technical' as const,
  targetSeconds,
  targetSource: targetSeconds === 30 ? ('default' as const) : ('stated' as const),
  line,
});
/** 150 words: a minute at the default pace. */
const minuteOfWords = Array.from({ length: 150 }, (_, i) => `word${i}`).join(' ');

const preview: ImportPreview = {
  title: 'Guide',
  format: 'markdown',
  sourceHash: 'h',
  existingDeck: null,
  wordsPerMinute: 150,
  warnings: [],
  skipped: [{ text: 'What is backpressure?', line: 15, reason: 'no model answer' }],
  questions: [
    question('What is DNS?', 'Names to addresses.\n**Q: What is TCP?**\n**A:** A reliable stream.', 1),
    question('What is UDP?', 'Datagrams.', 10),
    question('Why', 'for speed.', 12, 45),
    question('What is HTTP?', 'Requests and responses.', 20),
  ],
};

const pace = preview.wordsPerMinute;

describe('preview fixes', () => {
  it('splits a row at the line where a second question starts', () => {
    const items = itemsFromPreview(preview);
    const split = splitAt(items, items[0]!.key, 1, pace);
    expect(split.map((i) => [i.prompt, i.modelAnswer])).toEqual([
      ['What is DNS?', 'Names to addresses.'],
      ['What is TCP?', 'A reliable stream.'],
      ['What is UDP?', 'Datagrams.'],
      ['Why', 'for speed.'],
      ['What is HTTP?', 'Requests and responses.'],
    ]);
    expect(splitAt(items, items[0]!.key, 0, pace)).toEqual(items);
  });

  it('merges a row into the one before it and adds up the targets when one was stated', () => {
    const items = itemsFromPreview(preview);
    const merged = mergeWithNext(items, items[1]!.key, pace);
    expect(merged).toHaveLength(3);
    expect(merged[1]).toMatchObject({
      prompt: 'What is UDP?',
      modelAnswer: 'Datagrams.\n\n**Why**\n\nfor speed.',
      targetSeconds: 75,
      targetSource: 'stated',
    });
    expect(mergeWithNext(items, items[3]!.key, pace)).toEqual(items);
  });

  it('works a default target out again from the answer when rows are merged, split or edited', () => {
    let items = itemsFromPreview(preview);
    items = updateItem(items, items[0]!.key, { modelAnswer: minuteOfWords }, pace);
    expect(items[0]).toMatchObject({ targetSeconds: 60, targetSource: 'default' });
    // Both defaults: the joined answer (150 + 2 + 4 words) is timed, not the two targets added up.
    items = updateItem(items, items[3]!.key, { modelAnswer: minuteOfWords.split(' ').slice(0, 4).join(' ') }, pace);
    expect(items[3]!.targetSeconds).toBe(30);
    const merged = mergeWithNext(items.slice(0, 1).concat(items.slice(3)), items[0]!.key, pace);
    expect(merged[0]).toMatchObject({ targetSeconds: 60, targetSource: 'default' });

    const long = updateItem(
      items,
      items[0]!.key,
      {
        modelAnswer: `${minuteOfWords}\nQ: Next?\n${minuteOfWords} ${minuteOfWords}`,
      },
      pace,
    );
    expect(long[0]!.targetSeconds).toBe(180);
    const split = splitAt(long, long[0]!.key, 1, pace);
    expect(split.slice(0, 2).map((i) => [i.prompt, i.targetSeconds, i.targetSource])).toEqual([
      ['What is DNS?', 60, 'default'],
      ['Next?', 120, 'default'],
    ]);

    // At the pace the preview was made with: 300 words at 100 per minute take three minutes.
    const slow = updateItem(items, items[0]!.key, { modelAnswer: `${minuteOfWords} ${minuteOfWords}` }, 100);
    expect(slow[0]).toMatchObject({ targetSeconds: 180, targetSource: 'default' });

    // Stated by the guide, or typed by the user (which states it): the answer no longer moves it.
    expect(updateItem(items, items[2]!.key, { modelAnswer: minuteOfWords }, pace)[2]!.targetSeconds).toBe(45);
    const typed = updateItem(items, items[0]!.key, { targetSeconds: 20, targetSource: 'stated' }, pace);
    expect(updateItem(typed, items[0]!.key, { modelAnswer: 'Short now.' }, pace)[0]!.targetSeconds).toBe(20);
  });

  it('saves edited rows, leaves dropped ones out and keeps a skipped question without an answer', () => {
    let items = itemsFromPreview(preview);
    items = updateItem(
      items,
      items[1]!.key,
      {
        prompt: ' What is UDP, briefly? ',
        targetSeconds: 20,
        targetSource: 'stated',
      },
      pace,
    );
    items = updateItem(items, items[2]!.key, { dropped: true }, pace);
    items = keepSkipped(items, preview.skipped[0]!);
    const saved = questionsToSave(items);
    expect(saved.map((q) => q.prompt)).toEqual([
      'What is DNS?',
      'What is UDP, briefly?',
      'What is backpressure?',
      'What is HTTP?',
    ]);
    expect(saved[1]).toMatchObject({ targetSeconds: 20, targetSource: 'stated' });
    expect(saved[2]!.modelAnswer).toBe('');
    expect(Object.keys(saved[0]!).sort()).toEqual(
      ['difficulty', 'kind', 'modelAnswer', 'prompt', 'section', 'targetSeconds', 'targetSource'].sort(),
    );
  });

  it('turns a marked-up line into a plain prompt', () => {
    expect(promptFromLine('**Q2: "Why Kafka?"**')).toBe('Why Kafka?');
    expect(promptFromLine('3. What is a pod?')).toBe('What is a pod?');
  });
});
