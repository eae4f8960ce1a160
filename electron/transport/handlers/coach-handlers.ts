import { AppError } from '@contract/app-error';
import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function coachHandlers(services: Services): HandlersFor<'coach'> {
  const { feedback, takes } = services;
  const existing = (takeId: string) => {
    if (!takes.get(takeId)) throw new AppError('NOT_FOUND', { what: 'take' });
    return takeId;
  };
  return {
    'coach.status': () => feedback.coach.status(),
    'coach.apiKey.set': async ({ key }) => {
      await feedback.coach.setKey(key);
      return { ok: true as const };
    },
    'coach.get': ({ takeId }) => feedback.coach.latest(existing(takeId)),
    'coach.run': ({ takeId }) => feedback.askCoach(existing(takeId)),
  };
}
