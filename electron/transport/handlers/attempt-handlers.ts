import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function attemptHandlers(services: Services): HandlersFor<'attempts'> {
  const { attempts, takeEditor } = services;
  return {
    'attempts.list': ({ questionId }) => attempts.listForQuestion(questionId),
    'attempts.rename': ({ attemptId, name }) => takeEditor.rename(attemptId, name),
    'attempts.delete': async ({ attemptId }) => {
      await takeEditor.delete(attemptId);
      return { ok: true as const };
    },
  };
}
