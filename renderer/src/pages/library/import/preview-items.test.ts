import { describe, expect, it } from 'vitest';
import type { ImportPreview } from '../../../../../electron/api/contract/decks';
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
  targetSource: 'default' as const,
  line,
});

const preview: ImportPreview = {
  title: 'Guide',
  format: 'markdown',
  sourceHash: 'h',
  existingDeck: null,
  warnings: [],
  skipped: [{ text: 'What is backpressure?', line: 15, reason: 'no model answer' }],
  questions: [
    question('What is DNS?', 'Names to addresses.\n**Q: What is TCP?**\n**A:** A reliable stream.', 1),
    question('What is UDP?', 'Datagrams.', 10),
    question('Why', 'for speed.', 12, 45),
    question('What is HTTP?', 'Requests and responses.', 20),
  ],
};

describe('preview fixes', () => {
  it('splits a row at the line where a second question starts', () => {
    const items = itemsFromPreview(preview);
    const split = splitAt(items, items[0]!.key, 1);
    expect(split.map((i) => [i.prompt, i.modelAnswer])).toEqual([
      ['What is DNS?', 'Names to addresses.'],
      ['What is TCP?', 'A reliable stream.'],
      ['What is UDP?', 'Datagrams.'],
      ['Why', 'for speed.'],
      ['What is HTTP?', 'Requests and responses.'],
    ]);
    expect(splitAt(items, items[0]!.key, 0)).toEqual(items);
  });

  it('merges a row into the one before it and adds up the targets', () => {
    const items = itemsFromPreview(preview);
    const merged = mergeWithNext(items, items[1]!.key);
    expect(merged).toHaveLength(3);
    expect(merged[1]).toMatchObject({
      prompt: 'What is UDP?',
      modelAnswer: 'Datagrams.\n\n**Why**\n\nfor speed.',
      targetSeconds: 75,
    });
    expect(mergeWithNext(items, items[3]!.key)).toEqual(items);
  });

  it('saves edited rows, leaves dropped ones out and keeps a skipped question without an answer', () => {
    let items = itemsFromPreview(preview);
    items = updateItem(items, items[1]!.key, {
      prompt: ' What is UDP, briefly? ',
      targetSeconds: 20,
      targetSource: 'stated',
    });
    items = updateItem(items, items[2]!.key, { dropped: true });
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
