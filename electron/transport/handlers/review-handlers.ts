import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';
import { exportTake } from '../../review/export-take';

export function reviewHandlers(services: Services): HandlersFor<'review'> {
  const { review } = services;
  return {
    'review.get': ({ attemptId }) => review.get(attemptId),
    'review.takes': ({ questionId }) => review.takes(questionId),
    'review.recent': ({ limit }) => review.recent(limit),
    'review.retry': ({ attemptId }) => review.retry(attemptId),
    'review.transcript.save': ({ attemptId, text }) => review.saveTranscript(attemptId, text),
    'review.transcript.restore': ({ attemptId }) => review.restoreTranscript(attemptId),
    'review.presence.save': ({ attemptId, track }) => review.savePresence(attemptId, track),
    'review.export': ({ attemptId, format }) => exportTake(review.get(attemptId), format),
  };
}
