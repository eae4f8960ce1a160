import { AppError } from '@contract/app-error';
import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function coachHandlers(services: Services): HandlersFor<'coach'> {
  const { feedback, attempts, events } = services;
  const existing = (attemptId: string) => {
    if (!attempts.get(attemptId)) throw new AppError('NOT_FOUND', { what: 'take' });
    return attemptId;
  };
  return {
    'coach.status': () => feedback.coach.status(),
    'coach.apiKey.set': async ({ key }) => {
      await services.transcription.keys.setKeyFor(services.settings.get().coachBaseUrl, key);
      events.emit('data.changed', { kind: 'settings' });
      return { ok: true as const };
    },
    'coach.get': ({ attemptId }) => feedback.coach.latest(existing(attemptId)),
    'coach.run': ({ attemptId }) => feedback.askCoach(existing(attemptId)),
  };
}
