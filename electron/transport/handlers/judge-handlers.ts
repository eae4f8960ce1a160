import { AppError } from '@contract/app-error';
import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function judgeHandlers(services: Services): HandlersFor<'judge'> {
  const { feedback, takes } = services;
  return {
    'judge.status': () => feedback.judge.status(),
    'judge.apiKey.set': async ({ key }) => {
      await feedback.judge.setKey(key);
      return { ok: true as const };
    },
    'judge.run': async ({ takeId }) => {
      if (!takes.get(takeId)) throw new AppError('NOT_FOUND', { what: 'take' });
      await feedback.askJudge(takeId);
      return { ok: true as const };
    },
  };
}
