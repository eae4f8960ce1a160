import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function judgeHandlers(services: Services): HandlersFor<'judge'> {
  const { feedback, events } = services;
  return {
    'judge.status': () => feedback.judge.status(),
    'judge.apiKey.set': async ({ key }) => {
      await services.transcription.keys.setKeyFor(services.settings.get().judgeBaseUrl, key);
      events.emit('data.changed', { kind: 'settings' });
      return { ok: true as const };
    },
  };
}
