import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';
import { exportTake } from '../../review/export-take';

export function reviewHandlers(services: Services): HandlersFor<'review'> {
  const { review } = services;
  return {
    'review.get': ({ takeId }) => review.get(takeId),
    'review.takes': ({ questionId }) => review.takes(questionId),
    'review.recent': ({ limit }) => review.recent(limit),
    'review.retry': ({ takeId }) => review.retry(takeId),
    'review.transcript.save': ({ takeId, text }) => review.saveTranscript(takeId, text),
    'review.transcript.restore': ({ takeId }) => review.restoreTranscript(takeId),
    'review.presence.save': ({ takeId, track }) => review.savePresence(takeId, track),
    'review.export': ({ takeId, format }) => exportTake(review.get(takeId), format),
  };
}
