import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../logger';
import { seedQuestion } from '../../recording/testing/seed-question';
import { syntheticWebmChunks } from '../../recording/testing/synthetic-webm';
import { tempServices } from '../../testing/temp-services';
import type { CallInput, CallName } from '@contract';
import { dispatch } from '../dispatch';
import { createHandlers } from './index';

const services = tempServices();
afterAll(() => services.dispose());
const handlers = createHandlers(services);
const call = <N extends CallName>(name: N, input: CallInput<N>) => dispatch(handlers, name, input, {}, silentLogger);
const questionId = seedQuestion(services.db, 'q-takes');

async function recordTake(seconds = 2) {
  const started = await call('recording.start', {
    questionId,
    mimeType: 'video/webm;codecs=vp9,opus',
    withVideo: true,
  });
  if (!started.ok) throw new Error(started.error.code);
  const { id } = started.value as { id: string };
  let seq = 0;
  for (const chunk of syntheticWebmChunks(seconds))
    await call('recording.appendVideo', { takeId: id, seq: seq++, data: chunk });
  await call('recording.appendAudio', { takeId: id, seq: 0, data: new Uint8Array(32_000 * seconds) });
  const stopped = await call('recording.stop', { takeId: id });
  if (!stopped.ok) throw new Error(stopped.error.code);
  return id;
}

describe('takes and recording calls', () => {
  it('lists takes of a question newest first, renames and deletes them with their files', async () => {
    const first = await recordTake();
    const second = await recordTake();
    const listed = await call('takes.list', { questionId });
    expect(listed).toMatchObject({ ok: true, value: [{ id: second, status: 'recorded' }, { id: first }] });

    expect(await call('takes.rename', { takeId: first, name: '  Best so far ' })).toMatchObject({
      ok: true,
      value: { id: first, name: 'Best so far' },
    });
    const dir = services.paths.recordingsDir;
    expect(fs.existsSync(path.join(dir, `${first}.webm`))).toBe(true);
    expect(await call('takes.delete', { takeId: first })).toEqual({ ok: true, value: { ok: true } });
    expect(fs.existsSync(path.join(dir, `${first}.webm`))).toBe(false);
    expect(fs.existsSync(path.join(dir, `${first}.wav`))).toBe(false);
    expect(await call('takes.rename', { takeId: first, name: 'x' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });

  it('refuses to delete a take that is still recording, and odd-length PCM', async () => {
    const started = await call('recording.start', { questionId, mimeType: 'audio/webm;codecs=opus', withVideo: false });
    const { id } = (started as { value: { id: string } }).value;
    expect(await call('takes.delete', { takeId: id })).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect(await call('recording.appendAudio', { takeId: id, seq: 0, data: new Uint8Array(3) })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
    expect(await call('recording.cancel', { takeId: id })).toEqual({ ok: true, value: { ok: true } });
  });

  it('refuses recordings that are not WebM', async () => {
    expect(await call('recording.start', { questionId, mimeType: 'video/mp4', withVideo: true })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
