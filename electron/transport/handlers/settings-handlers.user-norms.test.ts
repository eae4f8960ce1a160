import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { scoringOverrides } from '../../settings/scoring-settings';
import { scoreAnswer } from '../../scoring/score-answer';
import { timedWords } from '../../scoring/test-words';
import { tempServices } from '../../testing/temp-services';
import { apiCaller } from '../../testing/api-caller';

let services: ReturnType<typeof tempServices>;
beforeEach(() => {
  services = tempServices();
});
afterEach(() => services.dispose());

const { result, value: call } = apiCaller(() => services);
const refused = { ok: false, error: { code: 'VALIDATION' } };

/** A guide whose one answer states no target: its target comes from the pace. */
const guideOf = (words: number) =>
  `# Notes\n\n## How do you shard a database?\n\n${Array.from({ length: words }, (_, i) => `word${i}`).join(' ')}\n`;

describe('pace for default targets', () => {
  it('is a setting with bounds, 150 words per minute until changed', async () => {
    expect((await call('settings.get', {})).targetWordsPerMinute).toBe(150);
    expect((await call('settings.update', { targetWordsPerMinute: 100 })).targetWordsPerMinute).toBe(100);
    expect((await call('settings.get', {})).targetWordsPerMinute).toBe(100);
    for (const bad of [20, 500, 120.5, '140']) {
      expect(await result('settings.update', { targetWordsPerMinute: bad })).toMatchObject(refused);
    }
    expect((await call('settings.get', {})).targetWordsPerMinute).toBe(100);
  });

  it('sets the targets of a preview, which says the pace it used; saved decks keep theirs', async () => {
    const before = await call('decks.previewImport', { fileName: 'shard.md', text: guideOf(300) });
    expect(before).toMatchObject({ wordsPerMinute: 150, questions: [{ targetSeconds: 120, targetSource: 'default' }] });
    const saved = await call('decks.saveImport', {
      title: 'Shard',
      questions: before.questions.map(({ line: _line, ...q }) => q),
    });

    await call('settings.update', { targetWordsPerMinute: 100 });
    const after = await call('decks.previewImport', { fileName: 'shard.md', text: guideOf(300) });
    expect(after).toMatchObject({ wordsPerMinute: 100, questions: [{ targetSeconds: 180, targetSource: 'default' }] });
    expect((await call('decks.get', { deckId: saved.deck.id })).questions[0]?.targetSeconds).toBe(120);
  });
});

describe('filler words', () => {
  it('start as the built-in list, store additions and removals, and go back to the defaults', async () => {
    const initial = await call('settings.fillers.get', {});
    expect(initial).toMatchObject({ added: [], removed: [] });
    expect(initial.builtIn).toEqual(expect.arrayContaining(['um', 'like', 'kind of', 'you know']));

    const changed = await call('settings.fillers.update', { added: [' Pretty Much ', 'right?'], removed: ['like'] });
    expect(changed).toMatchObject({ added: ['pretty much', 'right?'], removed: ['like'] });
    expect(await call('settings.fillers.get', {})).toMatchObject({ added: ['pretty much', 'right?'] });

    // Going back to the default norms leaves the filler list alone; it has its own reset.
    await call('settings.norms.update', { patch: { wpmMin: 120 } });
    await call('settings.norms.update', { patch: {}, reset: true });
    expect(await call('settings.fillers.get', {})).toMatchObject({ removed: ['like'] });

    expect(await call('settings.fillers.update', { added: [], removed: [] })).toMatchObject({ added: [], removed: [] });
  });

  it('refuses what is not a short lowercase word or phrase, a built-in added twice, or an unknown removal', async () => {
    const bad = [
      { added: ['um!!'], removed: [] },
      { added: [''], removed: [] },
      { added: ['one two three four five'], removed: [] },
      { added: ['x'.repeat(41)], removed: [] },
      { added: ['<b>'], removed: [] },
      { added: ['kind of'], removed: [] },
      { added: [], removed: ['pretty much'] },
      { added: ['basically'], removed: [], extra: true },
    ];
    for (const input of bad) expect(await result('settings.fillers.update', input)).toMatchObject(refused);
    expect(await call('settings.fillers.get', {})).toMatchObject({ added: [], removed: [] });
  });

  it('are what the scorer counts for later takes', async () => {
    await call('settings.fillers.update', { added: ['pretty much'], removed: ['like'] });
    const text = 'So we pretty much shard by tenant and it was like fast, um, and replicas handle reads.';
    const words = timedWords(text);
    const report = scoreAnswer(
      {
        question: 'How do you shard a database?',
        modelAnswer: 'Shard by tenant id; replicas serve reads.',
        targetSeconds: 30,
        kind: 'technical',
        transcript: text,
        words,
        durationSeconds: (words.at(-1)?.end ?? 0) + 0.5,
      },
      { settings: scoringOverrides(services.db) },
    );
    expect(report.delivery.fillers.items.map((f) => f.text)).toEqual(['pretty much', 'um']);
  });
});
