import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../dispatch';
import { silentLogger } from '../../logger';
import { tempServices } from '../../testing/temp-services';
import { createHandlers } from './index';

let services = tempServices();
afterEach(() => {
  services.dispose();
  services = tempServices();
});

const question = (prompt: string) => ({
  prompt,
  modelAnswer: 'An answer.',
  section: 'Basics',
  difficulty: null,
  kind: 'technical' as const,
  targetSeconds: 60,
  targetSource: 'default' as const,
});

describe('interview calls', () => {
  it('previews, creates, quits and exports a mock interview over the API', async () => {
    const deckId = services.decks.create('Backend', [question('One?'), question('Two?'), question('Three?')]);
    const handlers = createHandlers(services);
    const call = (name: Parameters<typeof dispatch>[1], input: unknown) =>
      dispatch(handlers, name, input, {}, silentLogger);

    const preview = await call('interviews.preview', { deckId, length: { kind: 'count', count: 2 } });
    expect(preview).toMatchObject({ ok: true, value: { available: 3 } });
    const created = await call('interviews.create', { deckId, length: { kind: 'count', count: 3 }, seed: 3 });
    if (!created.ok) throw new Error(created.error.code);
    const interview = created.value as { id: string; items: unknown[] };
    expect(interview.items).toHaveLength(3);

    expect(await call('interviews.finish', { interviewId: interview.id, reason: 'quit' })).toMatchObject({
      ok: true,
      value: { status: 'quit' },
    });
    const exported = await call('interviews.exportMarkdown', { interviewId: interview.id });
    expect(exported).toMatchObject({
      ok: true,
      value: { fileName: expect.stringMatching(/^mock-interview-\d{4}-\d{2}-\d{2}\.md$/) },
    });
    expect(await call('interviews.get', { interviewId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(await call('interviews.create', { length: { kind: 'count', count: 0 } })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });
});
