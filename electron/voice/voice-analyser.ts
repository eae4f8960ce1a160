import path from 'node:path';
import type { Logger } from '../logger';
import { TakeRepo } from '../recording/take-repo';
import { resolveMediaPath } from '../recording/media-path';
import type { Db } from '../store/database';
import { VoiceJobRepo } from './voice-jobs';
import { OffThreadVoice } from './off-thread-voice';
import { VoiceAnalysisStopped, type VoiceTrack } from './voice-track';

export interface VoiceAnalyserOptions {
  readonly db: Db;
  readonly logger: Logger;
  /** The recordings folder: only WAVs inside it are read. */
  readonly recordingsDir: string;
}

/**
 * Analyses each take's WAV once, after the take, on a worker thread that leaves the event loop free. A recording that cannot
 * be read is stored as such, so its feedback says "not enough to measure" instead of failing.
 */
export class VoiceAnalyser {
  readonly jobs: VoiceJobRepo;
  private readonly takes: TakeRepo;
  private readonly running = new Map<string, Promise<void>>();
  private readonly offThread = new OffThreadVoice();
  /** Bumped by stopAll: an analysis started under an older generation stores nothing. */
  private generation = 0;

  constructor(private readonly options: VoiceAnalyserOptions) {
    this.jobs = new VoiceJobRepo(options.db);
    this.takes = new TakeRepo(options.db);
  }

  /** The stored track (see VoiceJobRepo.track). */
  track(takeId: string): VoiceTrack | null | undefined {
    return this.jobs.track(takeId);
  }

  /** The stored track as JSON (see VoiceJobRepo.trackJson), for scoring off this thread. */
  trackJson(takeId: string): string | null | undefined {
    return this.jobs.trackJson(takeId);
  }

  /** Whether the take needs analysing: it has a readable-looking WAV in the recordings folder and no stored track. */
  pending(takeId: string): boolean {
    return this.jobs.trackJson(takeId) === undefined && this.wavFile(takeId) !== null;
  }

  /** Analyses the take unless it already was; resolves when its track (or its failure) is stored. */
  ensure(takeId: string): Promise<void> {
    if (this.jobs.trackJson(takeId) !== undefined) return Promise.resolve();
    const running = this.running.get(takeId);
    if (running) return running;
    const work = this.analyse(takeId).finally(() => this.running.delete(takeId));
    this.running.set(takeId, work);
    return work;
  }

  /** Stops every running analysis (for "delete all my data") and waits for them to settle. */
  async stopAll(): Promise<void> {
    this.generation += 1;
    await this.offThread.stop();
    await this.idle();
  }

  /** Stops the worker as the app closes; whatever it was analysing is analysed again at the next start. */
  close(): void {
    void this.stopAll();
  }

  /** Resolves when no analysis is running. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running.values()]);
  }

  private async analyse(takeId: string): Promise<void> {
    const { db, logger } = this.options;
    const file = this.wavFile(takeId);
    if (!file) return;
    let track: string;
    const generation = this.generation;
    try {
      track = await this.offThread.analyse(file);
    } catch (error) {
      if (error instanceof VoiceAnalysisStopped) return;
      logger.warn(`could not analyse the voice of take ${takeId} (${path.basename(file)})`, error);
      if (db.open) this.jobs.fail(takeId, 'UNREADABLE');
      return;
    }
    // The take may have been deleted, its data wiped, or the app closed, while the analysis ran.
    if (generation !== this.generation || !db.open) return;
    if (!this.takes.get(takeId)) return;
    this.jobs.save(takeId, track);
  }

  /** The take's WAV inside the recordings folder; null for no take, a take without a WAV, or one whose WAV is gone. */
  private wavFile(takeId: string): string | null {
    const audioFile = this.takes.get(takeId)?.audioFile;
    return audioFile ? resolveMediaPath(this.options.recordingsDir, audioFile) : null;
  }
}
