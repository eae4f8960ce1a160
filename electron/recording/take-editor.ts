import { AppError } from '@contract/app-error';
import type { Take } from '@contract/takes';
import type { EventBus } from '@contract/event-bus';
import type { Logger } from '../logger';
import type { TakeRepo } from './take-repo';
import { removeMediaFiles } from './media-files';

/** Renaming and deleting a saved take: each told to the pages that list takes, a deletion's recordings removed with its row. */
export class TakeEditor {
  constructor(
    private readonly options: {
      takes: TakeRepo;
      /** A take still being recorded cannot be deleted. */
      isRecording: (takeId: string) => boolean;
      events: EventBus;
      recordingsDir: string;
      logger: Logger;
    },
  ) {}

  rename(takeId: string, name: string): Take {
    const { takes } = this.options;
    if (!takes.rename(takeId, name)) throw new AppError('NOT_FOUND', { what: 'take' });
    this.changed();
    return takes.get(takeId)!;
  }

  async delete(takeId: string): Promise<void> {
    if (this.options.isRecording(takeId)) throw new AppError('CONFLICT', { reason: 'take-recording' });
    const { deleted, files } = this.options.takes.delete(takeId);
    if (!deleted) throw new AppError('NOT_FOUND', { what: 'take' });
    await removeMediaFiles(this.options.recordingsDir, files, this.options.logger);
    this.changed();
  }

  private changed(): void {
    this.options.events.emit('data.changed', { kind: 'takes' });
  }
}
