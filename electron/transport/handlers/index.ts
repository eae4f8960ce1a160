import type { Handlers } from '../handlers';
import type { Services } from '../../services';
import { appHandlers } from './app-handlers';
import { takeHandlers } from './take-handlers';
import { coachHandlers } from './coach-handlers';
import { deckHandlers } from './deck-handlers';
import { followUpHandlers } from './follow-up-handlers';
import { judgeHandlers } from './judge-handlers';
import { progressHandlers } from './progress-handlers';
import { interviewHandlers } from './interview-handlers';
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
    ...takeHandlers(services),
    ...recordingHandlers(services),
    ...progressHandlers(services),
    ...interviewHandlers(services),
    ...transcriptionHandlers(services),
    ...coachHandlers(services),
    ...judgeHandlers(services),
    ...reviewHandlers(services),
    ...followUpHandlers(services),
  };
}
