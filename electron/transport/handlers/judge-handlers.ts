import { AppError } from '@contract/app-error';
import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function judgeHandlers(services: Services): HandlersFor<'judge'> {
  const { feedback, attempts } = services;
  return {
    'judge.status': () => feedback.judge.status(),
    'judge.apiKey.set': async ({ key }) => {
      await feedback.judge.setKey(key);
      return { ok: true as const };
    },
    'judge.run': async ({ attemptId }) => {
      if (!attempts.get(attemptId)) throw new AppError('NOT_FOUND', { what: 'take' });
      await feedback.askJudge(attemptId);
      return { ok: true as const };
    },
  };
}
