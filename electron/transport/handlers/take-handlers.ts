import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function takeHandlers(services: Services): HandlersFor<'takes'> {
  const { takes, takeEditor } = services;
  return {
    'takes.list': ({ questionId }) => takes.listForQuestion(questionId),
    'takes.rename': ({ takeId, name }) => takeEditor.rename(takeId, name),
    'takes.delete': async ({ takeId }) => {
      await takeEditor.delete(takeId);
      return { ok: true as const };
    },
  };
}
