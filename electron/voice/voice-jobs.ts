import type { Db } from '../store/database';
import { JobTable, parseJson } from '../store/job-table';
import type { VoiceTrack } from './voice-track';

/**
 * The voice track of each take (kind "voice" in the shared jobs table, deleted with its take). The track depends
 * only on the recording, so it is analysed once and every later score of the take reads it back.
 */
export class VoiceJobRepo {
  private readonly table: JobTable;

  constructor(db: Db) {
    this.table = new JobTable(db, 'voice');
  }

  /**
   * The take's track: undefined when it was never analysed, null when its recording could not be read
   * (the review then says there was not enough to measure).
   */
  track(takeId: string): VoiceTrack | null | undefined {
    const json = this.trackJson(takeId);
    return json === null || json === undefined ? json : parseJson<VoiceTrack>(json);
  }

  /** The track as stored (JSON of a VoiceTrack), for the scorer's worker to read; undefined and null as in track(). */
  trackJson(takeId: string): string | null | undefined {
    const row = this.table.latestRow(takeId);
    if (!row || row.status === 'running') return undefined;
    return row.status === 'done' ? row.result : null;
  }

  /** Stores the track as the voice worker serialised it (JSON of a VoiceTrack). */
  save(takeId: string, trackJson: string): void {
    const id = this.table.insert(takeId, 'running', null);
    this.table.update(id, { status: 'done', progress: 1, result: trackJson });
  }

  fail(takeId: string, code: string): void {
    const id = this.table.insert(takeId, 'running', null);
    this.table.update(id, { status: 'failed', error_code: code });
  }
}
