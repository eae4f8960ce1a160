import type { HandlersFor } from '../handlers';
import type { Services } from '../../services';

export function progressHandlers(services: Services): HandlersFor<'progress'> {
  const { progress } = services;
  return {
    'progress.overview': ({ timeZone, weeks }) => progress.overview(timeZone, weeks),
    'progress.dueCounts': ({ timeZone }) => progress.dueCounts(timeZone),
    'progress.due': ({ timeZone, deckId, limit }) => progress.due(timeZone, deckId, limit),
  };
}
