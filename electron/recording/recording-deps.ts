import type { EventBus } from '@contract/event-bus';
import type { Logger } from '../logger';
import type { AttemptRepo } from './attempt-repo';
import type { AudioTap } from './audio-tap';

/** What the recording service and its crash recovery work with. */
export interface RecordingDeps {
  attempts: AttemptRepo;
  recordingsDir: string;
  events: EventBus;
  logger: Logger;
  /** Follows each take's audio as it is saved (transcription while recording). */
  audioTap?: AudioTap;
}
