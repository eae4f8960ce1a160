import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '@contract/app-error';
import { WarmWorker } from './warm-worker';

const worker = new WarmWorker<string, string>(
  { dir: path.join(import.meta.dirname, 'testing'), name: 'echo-worker' },
  { crashed: (cause) => new AppError('INTERNAL', { reason: 'scoring-crashed' }, { cause }) },
);
afterAll(() => worker.stop(() => new Error('stopped')));

describe('a worker kept between jobs', () => {
  it('answers jobs in order, passes a coded failure on, and keeps serving', async () => {
    const answers = Promise.all([worker.run('one'), worker.run('two')]);
    await expect(worker.run('throw')).rejects.toMatchObject({ code: 'BAD_FILE', detail: { reason: 'not-text' } });
    expect(await answers).toEqual(['ONE', 'TWO']);
  }, 60_000);

  it('a worker that dies fails its job with the crash error, and the next job gets a new worker', async () => {
    await expect(worker.run('crash')).rejects.toMatchObject({
      code: 'INTERNAL',
      detail: { reason: 'scoring-crashed' },
    });
    expect(await worker.run('after')).toBe('AFTER');
  }, 60_000);

  it('stopping fails the running job with the stop error', async () => {
    const running = expect(worker.run('slow')).rejects.toThrow('stopped');
    await worker.stop(() => new Error('stopped'));
    await running;
    expect(await worker.run('again')).toBe('AGAIN');
  }, 60_000);
});
