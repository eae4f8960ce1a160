import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempServices } from '../../testing/temp-services';
import { apiCaller } from '../../testing/api-caller';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, '../../decks/fixtures', name), 'utf8');

let services: ReturnType<typeof tempServices>;
beforeEach(() => {
  services = tempServices();
});
afterEach(() => services.dispose());

const call = apiCaller(() => services).value;

describe('alternative answers, coaching notes, sources and tags', () => {
  it('are saved with the deck, survive a reopen, and a picked alternative stays picked', async () => {
    const preview = await call('decks.previewImport', {
      fileName: 'script.md',
      text: fixture('corpus-scripts-backend.md') + '\n' + fixture('corpus-coaching-datascience.md'),
    });
    const saved = await call('decks.saveImport', {
      title: 'Script',
      questions: preview.questions.map(({ line: _line, ...q }) => q),
    });
    const deck = await call('decks.get', { deckId: saved.deck.id });
    const pitch = deck.questions.find((q) => q.prompt === 'Tell me about yourself')!;
    expect(pitch).toMatchObject({ answerLabel: 'Short (30s)', targetSeconds: 30 });
    expect(pitch.alternatives).toEqual([expect.objectContaining({ label: 'Longer (90s)', targetSeconds: 90 })]);
    const coached = deck.questions.find((q) => q.notes)!;
    expect(coached.notes).toMatch(/^Interviewers want to see/);
    expect(deck.questions.find((q) => q.prompt === 'Why are you leaving your current job?')).not.toHaveProperty(
      'alternatives',
    );

    // Rehearse the longer version instead: it becomes the model answer, the short one an alternative.
    const longer = pitch.alternatives![0]!;
    await call('decks.updateQuestion', {
      questionId: pitch.id,
      patch: {
        modelAnswer: longer.modelAnswer,
        targetSeconds: longer.targetSeconds,
        answerLabel: longer.label,
        alternatives: [
          { label: pitch.answerLabel!, modelAnswer: pitch.modelAnswer, targetSeconds: pitch.targetSeconds },
        ],
      },
    });
    const again = (await call('decks.get', { deckId: saved.deck.id })).questions.find((q) => q.id === pitch.id)!;
    expect(again).toMatchObject({ answerLabel: 'Longer (90s)', targetSeconds: 90 });
    expect(again.alternatives).toEqual([expect.objectContaining({ label: 'Short (30s)', targetSeconds: 30 })]);

    // Importing the same file again counts the question as changed only through the user's own pick.
    const reimport = await call('decks.saveImport', {
      title: 'Script',
      deckId: saved.deck.id,
      questions: preview.questions.map(({ line: _line, ...q }) => q),
    });
    expect(reimport.unchanged).toBe(preview.questions.length - 1);
  });

  it('refuses an alternative without a valid target, saving nothing', async () => {
    const outcome = await apiCaller(() => services).result('decks.saveImport', {
      title: 'Bad',
      questions: [
        {
          prompt: 'Why us?',
          modelAnswer: 'Because.',
          section: '',
          difficulty: null,
          kind: 'technical',
          targetSeconds: 30,
          targetSource: 'default',
          alternatives: [{ label: 'Long', modelAnswer: 'Because, at length.', targetSeconds: -5 }],
        },
      ],
    });
    expect(outcome.ok).toBe(false);
    expect(services.db.prepare('SELECT COUNT(*) FROM decks').pluck().get()).toBe(0);
  });
});
