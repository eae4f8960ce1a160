import type { Handlers } from '../handlers';
import type { Services } from '../../services';
import { appHandlers } from './app-handlers';
import { attemptHandlers } from './attempt-handlers';
import { coachHandlers } from './coach-handlers';
import { deckHandlers } from './deck-handlers';
import { followUpHandlers } from './follow-up-handlers';
import { judgeHandlers } from './judge-handlers';
import { progressHandlers } from './progress-handlers';
import { sessionHandlers } from './session-handlers';
import { recordingHandlers } from './recording-handlers';
import { reviewHandlers } from './review-handlers';
import { settingsHandlers } from './settings-handlers';
import { transcriptionHandlers } from './transcription-handlers';

/** Every call's handler; the type makes a missing one a compile error. */
export function createHandlers(services: Services): Handlers {
  return {
    ...appHandlers(services),
    ...settingsHandlers(services),
    ...deckHandlers(services),
    ...attemptHandlers(services),
    ...recordingHandlers(services),
    ...progressHandlers(services),
    ...sessionHandlers(services),
    ...transcriptionHandlers(services),
    ...coachHandlers(services),
    ...judgeHandlers(services),
    ...reviewHandlers(services),
    ...followUpHandlers(services),
  };
}
