import type { EventBus } from '@contract/event-bus';
import type { Logger } from '../logger';
import type { TakeRepo } from './take-repo';
import type { AudioTap } from './audio-tap';

/** What the recording service and its crash recovery work with. */
export interface RecordingDeps {
  takes: TakeRepo;
  recordingsDir: string;
  events: EventBus;
  logger: Logger;
  /** Follows each take's audio as it is saved (transcription while recording). */
  audioTap?: AudioTap;
}
