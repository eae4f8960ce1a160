import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function recordingHandlers(services: Services): HandlersFor<'recording'> {
  const { recording } = services;
  return {
    'recording.start': ({ questionId }) => recording.start(questionId),
    'recording.appendVideo': ({ takeId, seq, data }) => recording.appendVideo(takeId, seq, data),
    'recording.appendAudio': ({ takeId, seq, data }) => recording.appendAudio(takeId, seq, data),
    'recording.stop': ({ takeId }) => recording.stop(takeId),
    'recording.cancel': async ({ takeId }) => {
      await recording.cancel(takeId);
      return { ok: true as const };
    },
    'recording.recover': () => recording.recover(),
    'recording.discardLeftovers': async ({ ids }) => {
      await recording.discardLeftovers(ids);
      return { ok: true as const };
    },
  };
}
