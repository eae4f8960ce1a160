import { AppError } from '@contract/app-error';
import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function coachHandlers(services: Services): HandlersFor<'coach'> {
  const { feedback, attempts } = services;
  const existing = (attemptId: string) => {
    if (!attempts.get(attemptId)) throw new AppError('NOT_FOUND', { what: 'take' });
    return attemptId;
  };
  return {
    'coach.status': () => feedback.coach.status(),
    'coach.apiKey.set': async ({ key }) => {
      await feedback.coach.setKey(key);
      return { ok: true as const };
    },
    'coach.get': ({ attemptId }) => feedback.coach.latest(existing(attemptId)),
    'coach.run': ({ attemptId }) => feedback.askCoach(existing(attemptId)),
  };
}
