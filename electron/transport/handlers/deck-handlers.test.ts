import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CallOutput } from '@contract';
import { tempServices } from '../../testing/temp-services';
import { apiCaller } from '../../testing/api-caller';

const guide = fs.readFileSync(path.join(import.meta.dirname, '../../decks/fixtures/numbered-list-guide.txt'), 'utf8');

let services: ReturnType<typeof tempServices>;
beforeEach(() => {
  services = tempServices();
});
afterEach(() => services.dispose());

const call = apiCaller(() => services).value;
const count = (table: string) => services.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();
const inputs = (preview: CallOutput<'decks.previewImport'>) => preview.questions.map(({ line: _line, ...q }) => q);

function recordTake(questionId: string) {
  const take = services.takes.create(questionId, {
    videoFile: `${questionId}.webm`,
    audioFile: `${questionId}.wav`,
  });
  for (const file of [take.videoFile!, take.audioFile!])
    fs.writeFileSync(path.join(services.paths.recordingsDir, file), 'media');
  return take;
}

describe('import preview and save', () => {
  it('previews without saving, and refuses a non-guide with NOT_MARKDOWN', async () => {
    const preview = await call('decks.previewImport', { fileName: 'frontend.md', text: guide });
    expect(preview).toMatchObject({ format: 'markdown', title: 'Frontend Interview Notes', existingDeck: null });
    expect(preview.questions).toHaveLength(5);
    await expect(call('decks.previewImport', { fileName: 'x.md', text: 'Just some notes.\n' })).rejects.toMatchObject({
      code: 'NOT_MARKDOWN',
    });
    expect(count('decks')).toBe(0);
  });

  it('cancels a preview by the id it was started with; nothing is saved and the next preview works', async () => {
    const slow = call('decks.previewImport', { fileName: 'slow.md', text: '['.repeat(1_000_000), importId: 'slow-1' });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await call('decks.cancelImport', { importId: 'slow-1' })).toEqual({ canceled: true });
    await expect(slow).rejects.toMatchObject({ code: 'CANCELED' });
    expect(await call('decks.cancelImport', { importId: 'slow-1' })).toEqual({ canceled: false });
    await expect(call('decks.cancelImport', { importId: '../x y' })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await call('decks.previewImport', { fileName: 'frontend.md', text: guide })).questions).toHaveLength(5);
    expect(count('decks')).toBe(0);
  });

  it('saves the preview with the user’s fixes and recognises the file next time', async () => {
    const preview = await call('decks.previewImport', { fileName: 'frontend.md', text: guide });
    const [first, second, , ...rest] = inputs(preview);
    const fixed = [{ ...first!, prompt: 'What is the virtual DOM, and why?' }, second!, ...rest];
    const saved = await call('decks.saveImport', {
      title: 'Frontend',
      questions: fixed,
      fileName: 'frontend.md',
      sourceHash: preview.sourceHash,
    });
    expect(saved).toMatchObject({ added: 4, updated: 0, deck: { title: 'Frontend', questionCount: 4 } });
    const deck = await call('decks.get', { deckId: saved.deck.id });
    expect(deck.questions.map((q) => q.prompt)).toEqual(fixed.map((q) => q.prompt));
    const again = await call('decks.previewImport', { fileName: 'frontend.md', text: guide });
    expect(again.existingDeck).toEqual({ id: saved.deck.id, title: 'Frontend' });
  });

  it('offers to update a deck made from pasted text only when the same text is pasted again', async () => {
    const pasted = await call('decks.previewImport', { fileName: '', text: guide });
    const saved = await call('decks.saveImport', {
      title: 'Frontend',
      questions: inputs(pasted),
      fileName: '',
      sourceHash: pasted.sourceHash,
    });
    expect((await call('decks.previewImport', { fileName: '', text: guide })).existingDeck).toEqual({
      id: saved.deck.id,
      title: 'Frontend',
    });
    const edited = guide.replace(
      '## Advanced',
      '## Advanced\n\n1. What is hydration?\n   Attaching handlers to server-rendered HTML.\n',
    );
    expect((await call('decks.previewImport', { fileName: '', text: edited })).existingDeck).toBeNull();
  });

  it('re-imports an edited guide into the same deck: updates, adds, never duplicates or loses takes', async () => {
    const preview = await call('decks.previewImport', { fileName: 'frontend.md', text: guide });
    const { deck } = await call('decks.saveImport', { title: 'Frontend', questions: inputs(preview) });
    const original = (await call('decks.get', { deckId: deck.id })).questions;
    const take = recordTake(original[0]!.id);
    // The user reworded a prompt in the app; the file still has the old wording.
    await call('decks.updateQuestion', { questionId: original[1]!.id, patch: { prompt: 'Why do list keys matter?' } });

    const edited = guide
      .replace('only the nodes that changed are touched.', 'only changed nodes are touched.')
      .replace('## Advanced', '## Advanced\n\n1. What is hydration?\n   Attaching handlers to server-rendered HTML.\n');
    const next = await call('decks.previewImport', { fileName: 'frontend.md', text: edited });
    const result = await call('decks.saveImport', {
      title: 'ignored on update',
      deckId: deck.id,
      questions: inputs(next),
    });
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 4, deck: { title: 'Frontend', questionCount: 6 } });
    const after = (await call('decks.get', { deckId: deck.id })).questions;
    expect(after[0]).toMatchObject({ id: original[0]!.id, modelAnswer: expect.stringContaining('only changed nodes') });
    expect(after[1]).toMatchObject({ id: original[1]!.id, prompt: 'Why do list keys matter?' });
    expect(after.at(-1)!.prompt).toBe('What is hydration?');
    expect(services.takes.get(take.id)).toBeDefined();
  });
});

describe('importing a file into another deck', () => {
  const hydration = '## Advanced\n\n1. What is hydration?\n   Attaching handlers to server-rendered HTML.\n';
  const other = guide
    .replace('only the nodes that changed are touched.', 'only changed nodes are touched.')
    .replace('## Advanced', hydration);

  it('matches questions against the chosen deck: updates, adds, no duplicates, takes and its file link kept', async () => {
    const preview = await call('decks.previewImport', { fileName: 'frontend.md', text: guide });
    const { deck } = await call('decks.saveImport', {
      title: 'Frontend',
      questions: inputs(preview),
      fileName: 'frontend.md',
      sourceHash: preview.sourceHash,
    });
    const original = (await call('decks.get', { deckId: deck.id })).questions;
    const take = recordTake(original[0]!.id);

    const next = await call('decks.previewImport', { fileName: 'team-notes.md', text: other });
    expect(next.existingDeck).toBeNull();
    const result = await call('decks.saveImport', {
      title: 'Team notes',
      deckId: deck.id,
      questions: inputs(next),
      fileName: 'team-notes.md',
      sourceHash: next.sourceHash,
    });
    expect(result).toMatchObject({ added: 1, updated: 1, unchanged: 4, deck: { id: deck.id, title: 'Frontend' } });
    const after = (await call('decks.get', { deckId: deck.id })).questions;
    expect(after.map((q) => q.id).slice(0, 5)).toEqual(original.map((q) => q.id));
    expect(new Set(after.map((q) => q.prompt)).size).toBe(6);
    expect(services.takes.get(take.id)).toBeDefined();
    expect(count('decks')).toBe(1);
    // The deck still belongs to the file it was made from.
    expect((await call('decks.previewImport', { fileName: 'frontend.md', text: guide })).existingDeck?.id).toBe(
      deck.id,
    );
  });

  it('links a deck that came from no file, and leaves the starter deck the starter', async () => {
    const [starter] = await call('decks.list', {});
    const empty = await call('decks.create', { title: 'Mine' });
    const preview = await call('decks.previewImport', { fileName: 'frontend.md', text: guide });
    const save = (deckId: string) =>
      call('decks.saveImport', {
        title: 'x',
        deckId,
        questions: inputs(preview),
        fileName: 'frontend.md',
        sourceHash: preview.sourceHash,
      });
    expect(await save(empty.id)).toMatchObject({ added: 5, updated: 0, deck: { questionCount: 5 } });
    expect((await save(empty.id)).unchanged).toBe(5);
    expect(await save(starter!.id)).toMatchObject({ added: 5, deck: { starter: true, questionCount: 18 } });
    const again = await call('decks.previewImport', { fileName: 'frontend.md', text: guide });
    expect(again.existingDeck?.id).toBe(empty.id);
  });

  it('refuses a deck id that does not exist or was deleted, and an empty one, saving nothing', async () => {
    const preview = await call('decks.previewImport', { fileName: 'frontend.md', text: guide });
    const trashed = await call('decks.create', { title: 'Old' });
    await call('decks.trash', { deckId: trashed.id });
    const save = (deckId: string) => call('decks.saveImport', { title: 'x', deckId, questions: inputs(preview) });
    await expect(save('no-such-deck')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(save(trashed.id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(save('')).rejects.toMatchObject({ code: 'VALIDATION' });
    expect(count('questions')).toBe(0);
  });
});

describe('export, edit, trash and search', () => {
  async function savedDeck() {
    const preview = await call('decks.previewImport', { fileName: 'frontend.md', text: guide });
    return (await call('decks.saveImport', { title: 'Frontend', questions: inputs(preview) })).deck;
  }

  it('exports Markdown that previews back to the same questions', async () => {
    const deck = await savedDeck();
    const file = await call('decks.export', { deckId: deck.id, format: 'markdown' });
    expect(file).toMatchObject({ fileName: 'Frontend.md', mimeType: 'text/markdown' });
    const back = await call('decks.previewImport', { fileName: file.fileName, text: file.text });
    const saved = (await call('decks.get', { deckId: deck.id })).questions;
    expect(inputs(back)).toEqual(saved.map(({ id: _i, deckId: _d, position: _p, ...q }) => q));
  });

  it('adds, updates and deletes questions; deleting one removes its takes and files', async () => {
    const deck = await savedDeck();
    const added = await call('decks.addQuestion', {
      deckId: deck.id,
      question: { prompt: 'What is CORS?', modelAnswer: '', section: '', difficulty: null, kind: 'technical', targetSeconds: 60, targetSource: 'stated' },
    }); // prettier-ignore
    expect(added.position).toBe(5);
    const updated = await call('decks.updateQuestion', {
      questionId: added.id,
      patch: { modelAnswer: 'A browser rule.' },
    });
    expect(updated).toMatchObject({ prompt: 'What is CORS?', modelAnswer: 'A browser rule.' });
    const take = recordTake(added.id);
    await call('decks.deleteQuestion', { questionId: added.id });
    expect(services.takes.get(take.id)).toBeUndefined();
    expect(fs.readdirSync(services.paths.recordingsDir)).toEqual([]);
    await expect(call('decks.updateQuestion', { questionId: added.id, patch: {} })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('trashes with undo, and the purge removes rows and recordings for good', async () => {
    const deck = await savedDeck();
    const question = (await call('decks.get', { deckId: deck.id })).questions[0]!;
    recordTake(question.id);
    await call('decks.trash', { deckId: deck.id });
    expect((await call('decks.list', {})).map((d) => d.id)).not.toContain(deck.id);
    await expect(call('decks.get', { deckId: deck.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await call('decks.restore', { deckId: deck.id })).toMatchObject({ id: deck.id, takeCount: 1 });

    await call('decks.trash', { deckId: deck.id });
    expect(await services.library.purgeTrash(0)).toBe(1);
    expect(services.db.prepare('SELECT COUNT(*) FROM questions WHERE deck_id = ?').pluck().get(deck.id)).toBe(0);
    expect(fs.readdirSync(services.paths.recordingsDir)).toEqual([]);
    await expect(call('decks.restore', { deckId: deck.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('searches titles, prompts, sections and answers', async () => {
    const deck = await savedDeck();
    expect((await call('decks.search', { query: 'frontend' }))[0]).toMatchObject({ deckId: deck.id, field: 'title' });
    expect(await call('decks.search', { query: 'heap snapshots' })).toEqual([
      expect.objectContaining({ field: 'answer', prompt: 'How would you find a memory leak in a single-page app?' }),
    ]);
    expect((await call('decks.search', { query: 'VIRTUAL dom' }))[0]).toMatchObject({ field: 'prompt' });
    expect(await call('decks.search', { query: '100%_' })).toEqual([]);
  });
});

describe('starter deck', () => {
  it('appears once on first use and is not re-added after the user deletes it', async () => {
    const first = await call('decks.list', {});
    expect(first).toEqual([expect.objectContaining({ starter: true, questionCount: 13 })]);
    expect(await call('decks.list', {})).toHaveLength(1);
    await call('decks.delete', { deckId: first[0]!.id });
    expect(await call('decks.list', {})).toEqual([]);
  });
});
