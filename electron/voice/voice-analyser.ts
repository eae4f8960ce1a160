import path from 'node:path';
import type { Logger } from '../logger';
import { AttemptRepo } from '../recording/attempt-repo';
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
  private readonly attempts: AttemptRepo;
  private readonly running = new Map<string, Promise<void>>();
  private readonly offThread = new OffThreadVoice();
  /** Bumped by stopAll: an analysis started under an older generation stores nothing. */
  private generation = 0;

  constructor(private readonly options: VoiceAnalyserOptions) {
    this.jobs = new VoiceJobRepo(options.db);
    this.attempts = new AttemptRepo(options.db);
  }

  /** The stored track (see VoiceJobRepo.track). */
  track(attemptId: string): VoiceTrack | null | undefined {
    return this.jobs.track(attemptId);
  }

  /** The stored track as JSON (see VoiceJobRepo.trackJson), for scoring off this thread. */
  trackJson(attemptId: string): string | null | undefined {
    return this.jobs.trackJson(attemptId);
  }

  /** Whether the take needs analysing: it has a readable-looking WAV in the recordings folder and no stored track. */
  pending(attemptId: string): boolean {
    return this.jobs.trackJson(attemptId) === undefined && this.wavFile(attemptId) !== null;
  }

  /** Analyses the take unless it already was; resolves when its track (or its failure) is stored. */
  ensure(attemptId: string): Promise<void> {
    if (this.jobs.trackJson(attemptId) !== undefined) return Promise.resolve();
    const running = this.running.get(attemptId);
    if (running) return running;
    const work = this.analyse(attemptId).finally(() => this.running.delete(attemptId));
    this.running.set(attemptId, work);
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

  private async analyse(attemptId: string): Promise<void> {
    const { db, logger } = this.options;
    const file = this.wavFile(attemptId);
    if (!file) return;
    let track: string;
    const generation = this.generation;
    try {
      track = await this.offThread.analyse(file);
    } catch (error) {
      if (error instanceof VoiceAnalysisStopped) return;
      logger.warn(`could not analyse the voice of take ${attemptId} (${path.basename(file)})`, error);
      if (db.open) this.jobs.fail(attemptId, 'UNREADABLE');
      return;
    }
    // The take may have been deleted, its data wiped, or the app closed, while the analysis ran.
    if (generation !== this.generation || !db.open) return;
    if (!this.attempts.get(attemptId)) return;
    this.jobs.save(attemptId, track);
  }

  /** The take's WAV inside the recordings folder; null for no take, a take without a WAV, or one whose WAV is gone. */
  private wavFile(attemptId: string): string | null {
    const audioFile = this.attempts.get(attemptId)?.audioFile;
    return audioFile ? resolveMediaPath(this.options.recordingsDir, audioFile) : null;
  }
}
