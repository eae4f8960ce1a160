import { presenceTrackSchema, type PresenceTrack } from '@contract/presence';
import type { Db } from '../store/database';
import { JobTable, parseJson } from '../store/job-table';

/**
 * What the camera saw in each take (kind "presence" in the shared jobs table, deleted with its take). The frames
 * depend only on the video, so they are analysed once; the measures are worked out from them on every read, so a
 * changed norm applies to old takes too.
 */
export class PresenceJobRepo {
  private readonly table: JobTable;

  constructor(db: Db) {
    this.table = new JobTable(db, 'presence');
  }

  /** The take's frames: undefined when never analysed, null when its video could not be read. */
  track(takeId: string): PresenceTrack | null | undefined {
    const row = this.table.latestRow(takeId);
    if (!row) return undefined;
    if (row.status !== 'done') return null;
    const parsed = presenceTrackSchema.safeParse(parseJson(row.result));
    return parsed.success ? parsed.data : null;
  }

  save(takeId: string, track: PresenceTrack | null): void {
    const id = this.table.insert(takeId, 'running', null);
    if (track) this.table.update(id, { status: 'done', progress: 1, result: JSON.stringify(track) });
    else
      this.table.update(id, {
        status: 'failed',
        error_code: 'UNREADABLE',
        error_message: 'The video could not be read.',
      });
  }
}
