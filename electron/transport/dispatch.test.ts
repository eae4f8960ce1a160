import { afterEach, describe, expect, it, vi } from 'vitest';
import { callNames } from '@contract';
import { dispatch } from './dispatch';
import type { Handlers } from './handlers';
import { createHandlers } from './handlers/index';
import { silentLogger } from '../logger';
import { tempServices } from '../testing/temp-services';
import { AppError } from '@contract/app-error';

const services = tempServices();
afterEach(() => vi.restoreAllMocks());

function spyHandlers(): { handlers: Handlers; spies: Record<string, ReturnType<typeof vi.fn>> } {
  const spies: Record<string, ReturnType<typeof vi.fn>> = {};
  const handlers = Object.fromEntries(
    callNames.map((name) => {
      spies[name] = vi.fn();
      return [name, spies[name]];
    }),
  ) as unknown as Handlers;
  return { handlers, spies };
}

describe('dispatch', () => {
  it.each(callNames)('rejects malformed input to %s before it reaches the handler', async (name) => {
    const { handlers, spies } = spyHandlers();
    for (const bad of [42, 'text', [], { unexpectedField: true, deckId: 7 }]) {
      const result = await dispatch(handlers, name, bad, {}, silentLogger);
      expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
    }
    expect(spies[name]).not.toHaveBeenCalled();
  });

  it('refuses names that are not in the contract, including prototype keys', async () => {
    const { handlers } = spyHandlers();
    for (const name of ['nope', '__proto__', 'constructor', 'toString', 42]) {
      expect(await dispatch(handlers, name, {}, {}, silentLogger)).toMatchObject({
        ok: false,
        error: { code: 'UNKNOWN_CALL' },
      });
    }
  });

  it('returns values from real handlers, validated against the output schema', async () => {
    const result = await dispatch(createHandlers(services), 'app.info', undefined, {}, silentLogger);
    expect(result).toMatchObject({ ok: true, value: { name: 'Rehearse', transport: 'web' } });
  });

  it('keeps an AppError code and hides unexpected errors behind a plain message', async () => {
    const { handlers } = spyHandlers();
    vi.mocked(handlers['decks.list']).mockImplementation(() => {
      throw new AppError('DISK_FULL', { who: 'download' });
    });
    expect(await dispatch(handlers, 'decks.list', {}, {}, silentLogger)).toEqual({
      ok: false,
      error: { code: 'DISK_FULL', detail: { who: 'download' } },
    });
    vi.mocked(handlers['decks.list']).mockImplementation(() => {
      throw new TypeError('x is undefined at secret/path.ts:12');
    });
    const result = await dispatch(handlers, 'decks.list', {}, {}, silentLogger);
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain('secret/path');
  });

  it('maps a full disk from Node to DISK_FULL', async () => {
    const { handlers } = spyHandlers();
    vi.mocked(handlers['decks.list']).mockRejectedValue(Object.assign(new Error('write failed'), { code: 'ENOSPC' }));
    expect(await dispatch(handlers, 'decks.list', {}, {}, silentLogger)).toMatchObject({
      ok: false,
      error: { code: 'DISK_FULL' },
    });
  });
});
