import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../transport/dispatch';
import { createHandlers } from '../transport/handlers/index';
import { silentLogger } from '../logger';
import { tempServices } from '../testing/temp-services';

const question = {
  prompt: 'Tell me about yourself.',
  modelAnswer: 'I build data platforms.',
  section: '',
  difficulty: null,
  kind: 'pitch' as const,
  targetSeconds: 60,
  targetSource: 'default' as const,
};

let services = tempServices();
afterEach(() => {
  services.dispose();
  services = tempServices();
});

function recordTake(questionId: string) {
  const take = services.takes.create(questionId, {
    videoFile: `${questionId}-v.webm`,
    audioFile: `${questionId}-a.wav`,
  });
  for (const file of [take.videoFile!, take.audioFile!]) {
    fs.writeFileSync(path.join(services.paths.recordingsDir, file), 'media');
  }
  return take;
}

const count = (table: string) => services.db.prepare(`SELECT COUNT(*) FROM ${table}`).pluck().get();

describe('deleting data removes rows and files', () => {
  it('deleting a deck removes its questions, takes, jobs and recordings', async () => {
    const deckId = services.decks.create('Backend', [question, { ...question, prompt: 'Why us?' }]);
    const keepId = services.decks.create('Other', [question]);
    const [first] = services.decks.get(deckId)!.questions;
    const take = recordTake(first!.id);
    const kept = recordTake(services.decks.get(keepId)!.questions[0]!.id);
    services.db
      .prepare(
        "INSERT INTO jobs (id, kind, take_id, status, created_at, updated_at) VALUES ('j', 'transcribe', ?, 'queued', '', '')",
      )
      .run(take.id);

    const result = await dispatch(createHandlers(services), 'decks.delete', { deckId }, {}, silentLogger);
    expect(result).toEqual({ ok: true, value: { ok: true } });
    expect(count('decks')).toBe(1);
    expect(count('questions')).toBe(1);
    expect(count('takes')).toBe(1);
    expect(count('jobs')).toBe(0);
    expect(fs.existsSync(path.join(services.paths.recordingsDir, take.videoFile!))).toBe(false);
    expect(fs.existsSync(path.join(services.paths.recordingsDir, take.audioFile!))).toBe(false);
    expect(fs.existsSync(path.join(services.paths.recordingsDir, kept.videoFile!))).toBe(true);
  });

  it('deleting a take removes its row and files, and a second delete says it is gone', async () => {
    const deckId = services.decks.create('Backend', [question]);
    const take = recordTake(services.decks.get(deckId)!.questions[0]!.id);
    fs.writeFileSync(path.join(services.paths.recordingsDir, `${take.videoFile}.part`), 'partial');
    const handlers = createHandlers(services);

    expect(await dispatch(handlers, 'takes.delete', { takeId: take.id }, {}, silentLogger)).toMatchObject({
      ok: true,
    });
    expect(count('takes')).toBe(0);
    expect(fs.readdirSync(services.paths.recordingsDir)).toEqual([]);
    expect(await dispatch(handlers, 'takes.delete', { takeId: take.id }, {}, silentLogger)).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it("deleting a take removes its follow-ups' recordings with it, and leaves other takes' files", async () => {
    const deckId = services.decks.create('Backend', [question, { ...question, prompt: 'Why us?' }]);
    const [first, second] = services.decks.get(deckId)!.questions;
    const take = recordTake(first!.id);
    const followUp = services.takes.create(first!.id, { videoFile: 'follow-v.webm', audioFile: 'follow-a.wav' });
    for (const file of ['follow-v.webm', 'follow-a.wav']) {
      fs.writeFileSync(path.join(services.paths.recordingsDir, file), 'media');
    }
    services.db.prepare('UPDATE takes SET parent_take_id = ? WHERE id = ?').run(take.id, followUp.id);
    const other = recordTake(second!.id);

    const result = await dispatch(createHandlers(services), 'takes.delete', { takeId: take.id }, {}, silentLogger);
    expect(result).toMatchObject({ ok: true });
    expect(count('takes')).toBe(1);
    expect(fs.readdirSync(services.paths.recordingsDir).sort()).toEqual([other.audioFile, other.videoFile].sort());
  });
});
