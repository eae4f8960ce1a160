import { AppError } from '@contract/app-error';
import type { Attempt } from '@contract/attempts';
import type { EventBus } from '@contract/event-bus';
import type { Logger } from '../logger';
import type { AttemptRepo } from './attempt-repo';
import { removeMediaFiles } from './media-files';

/** Renaming and deleting a saved take: each told to the pages that list takes, a deletion's recordings removed with its row. */
export class TakeEditor {
  constructor(
    private readonly options: {
      attempts: AttemptRepo;
      /** A take still being recorded cannot be deleted. */
      isRecording: (attemptId: string) => boolean;
      events: EventBus;
      recordingsDir: string;
      logger: Logger;
    },
  ) {}

  rename(attemptId: string, name: string): Attempt {
    const { attempts } = this.options;
    if (!attempts.rename(attemptId, name)) throw new AppError('NOT_FOUND', { what: 'take' });
    this.changed();
    return attempts.get(attemptId)!;
  }

  async delete(attemptId: string): Promise<void> {
    if (this.options.isRecording(attemptId)) throw new AppError('CONFLICT', { reason: 'take-recording' });
    const { deleted, files } = this.options.attempts.delete(attemptId);
    if (!deleted) throw new AppError('NOT_FOUND', { what: 'take' });
    await removeMediaFiles(this.options.recordingsDir, files, this.options.logger);
    this.changed();
  }

  private changed(): void {
    this.options.events.emit('data.changed', { kind: 'attempts' });
  }
}
