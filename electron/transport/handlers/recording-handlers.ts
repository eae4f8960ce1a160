import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function recordingHandlers(services: Services): HandlersFor<'recording'> {
  const { recording } = services;
  return {
    'recording.start': ({ questionId }) => recording.start(questionId),
    'recording.appendVideo': ({ attemptId, seq, data }) => recording.appendVideo(attemptId, seq, data),
    'recording.appendAudio': ({ attemptId, seq, data }) => recording.appendAudio(attemptId, seq, data),
    'recording.stop': ({ attemptId }) => recording.stop(attemptId),
    'recording.cancel': async ({ attemptId }) => {
      await recording.cancel(attemptId);
      return { ok: true as const };
    },
    'recording.recover': () => recording.recover(),
    'recording.discardLeftovers': async ({ ids }) => {
      await recording.discardLeftovers(ids);
      return { ok: true as const };
    },
  };
}
