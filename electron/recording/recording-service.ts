import { AppError } from '@contract/app-error';
import type { Attempt } from '@contract/attempts';
import type { RecoveryReport } from '@contract/recording';
import { removeMediaFiles } from './media-files';
import { takeFiles } from './recording-files';
import { RecordingSession } from './recording-session';
import type { AudioTap } from './audio-tap';
import type { RecordingDeps } from './recording-deps';
import { discardLeftovers, recoverInterrupted } from './recovery';

export type { RecordingDeps } from './recording-deps';

/**
 * A window that reloads or crashes while main lives on stops sending chunks
 * without stopping the take; after this long it is finished as "recovered".
 */
const ABANDONED_AFTER_MS = 60_000;
const ABANDON_CHECK_MS = 15_000;

/** Takes being recorded in this process, by attempt id. */
export class RecordingService {
  private readonly sessions = new Map<string, RecordingSession>();
  private abandonTimer: ReturnType<typeof setInterval> | null = null;
  private startupRecovery: Promise<RecoveryReport> | null = null;
  /** While above zero ("delete all my data" runs), no take may start. */
  private holds = 0;
  /** Starts and stops under way, which a discard of everything waits for. */
  private readonly inFlight = new Set<Promise<unknown>>();
  /** Takes thrown away with all data, so a late chunk gets a clear answer instead of "not found". */
  private readonly discarded = new Set<string>();

  constructor(private readonly deps: RecordingDeps) {}

  async start(questionId: string): Promise<Attempt> {
    if (this.holds > 0) throw new AppError('CONFLICT', { reason: 'deleting-all-data' });
    return this.track(this.open(questionId));
  }

  private async open(questionId: string): Promise<Attempt> {
    const { attempts, recordingsDir } = this.deps;
    let attempt: Attempt;
    try {
      // The row exists before the first byte, so a crash leaves something to recover.
      attempt = attempts.create(questionId, { videoFile: null, audioFile: null });
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new AppError('NOT_FOUND', { what: 'question' });
      }
      throw error;
    }
    const files = takeFiles(attempt.id);
    attempts.finish(attempt.id, 'recording', null, { videoFile: files.video, audioFile: files.audio });
    try {
      this.sessions.set(attempt.id, await RecordingSession.open(recordingsDir, attempt.id));
      this.watchAbandoned();
      this.tap((tap) => tap.opened(attempt.id));
    } catch (error) {
      attempts.delete(attempt.id);
      throw error;
    }
    return attempts.get(attempt.id)!;
  }

  appendVideo(attemptId: string, seq: number, data: Uint8Array) {
    return this.session(attemptId).appendVideo(seq, data);
  }

  async appendAudio(attemptId: string, seq: number, data: Uint8Array) {
    const result = await this.session(attemptId).appendAudio(seq, data);
    if (!result.duplicate) this.tap((tap) => tap.appended(attemptId, data));
    return result;
  }

  stop(attemptId: string): Promise<Attempt> {
    return this.finish(attemptId, 'recorded');
  }

  /** Finishes takes that have had no chunk for a while; called on a timer while any take is open. */
  async finishAbandoned(now = Date.now()): Promise<void> {
    for (const [attemptId, session] of [...this.sessions]) {
      if (now - session.lastActivity < ABANDONED_AFTER_MS) continue;
      await this.finish(attemptId, 'recovered').catch((error: unknown) =>
        this.deps.logger.warn(`could not finish abandoned take ${attemptId}`, error),
      );
    }
  }

  private watchAbandoned(): void {
    if (this.abandonTimer) return;
    this.abandonTimer = setInterval(() => {
      if (this.sessions.size === 0 && this.abandonTimer) {
        clearInterval(this.abandonTimer);
        this.abandonTimer = null;
      } else void this.finishAbandoned();
    }, ABANDON_CHECK_MS);
    this.abandonTimer.unref?.();
  }

  private finish(attemptId: string, status: 'recorded' | 'recovered'): Promise<Attempt> {
    return this.track(this.save(attemptId, status));
  }

  private async save(attemptId: string, status: 'recorded' | 'recovered'): Promise<Attempt> {
    const { attempts, events } = this.deps;
    const session = this.session(attemptId);
    // Before the files are finished (the WebM copy takes a moment): the last piece can be transcribed meanwhile.
    this.tap((tap) => tap.ended(attemptId));
    const take = await session.finish().finally(() => this.sessions.delete(attemptId));
    const files = takeFiles(attemptId);
    if (!take.hasVideo && !take.hasAudio) {
      this.tap((tap) => tap.discarded(attemptId));
      attempts.delete(attemptId);
      events.emit('data.changed', { kind: 'attempts' });
      throw new AppError('CANCELED', { reason: 'nothing-recorded' });
    }
    attempts.finish(attemptId, status, take.durationMs, {
      videoFile: take.hasVideo ? files.video : null,
      audioFile: take.hasAudio ? files.audio : null,
    });
    const attempt = attempts.get(attemptId)!;
    events.emit('data.changed', { kind: 'attempts' });
    events.emit('recording.saved', { attemptId, questionId: attempt.questionId });
    return attempt;
  }

  async cancel(attemptId: string): Promise<void> {
    await this.drop(attemptId, this.session(attemptId));
    this.deps.events.emit('data.changed', { kind: 'attempts' });
  }

  /**
   * For "delete all my data": waits for takes being started or saved, then
   * throws away every open take (row and .part files), and refuses new takes
   * until the returned function is called. Chunks still arriving for a
   * discarded take are refused, so no file comes back after the deletion.
   */
  async discardAll(): Promise<() => void> {
    this.holds += 1;
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
    const open = [...this.sessions];
    for (const [attemptId] of open) this.discarded.add(attemptId);
    await Promise.all(open.map(([attemptId, session]) => this.drop(attemptId, session)));
    if (open.length > 0) this.deps.events.emit('data.changed', { kind: 'attempts' });
    let resumed = false;
    return () => {
      if (!resumed) this.holds -= 1;
      resumed = true;
    };
  }

  private async drop(attemptId: string, session: RecordingSession): Promise<void> {
    this.sessions.delete(attemptId);
    this.tap((tap) => tap.discarded(attemptId));
    await session.discard();
    const { files } = this.deps.attempts.delete(attemptId);
    await removeMediaFiles(this.deps.recordingsDir, files, this.deps.logger);
  }

  /** The recording never fails because of whoever follows its audio. */
  private tap(notify: (tap: AudioTap) => void): void {
    if (!this.deps.audioTap) return;
    try {
      notify(this.deps.audioTap);
    } catch (error) {
      this.deps.logger.warn('a recording listener failed', error);
    }
  }

  private track<T>(work: Promise<T>): Promise<T> {
    const settled = work.catch(() => undefined);
    this.inFlight.add(settled);
    void settled.finally(() => this.inFlight.delete(settled));
    return work;
  }

  /** Finishes takes a crash left behind; takes recording right now are left alone. */
  /**
   * Run once when the app starts, before any window can record. What it
   * recovers is remembered so the first screen that asks can tell the user.
   */
  recoverAtStartup(): Promise<RecoveryReport> {
    this.startupRecovery ??= this.recover();
    return this.startupRecovery;
  }

  async recover(): Promise<RecoveryReport> {
    const startup = this.startupRecovery;
    this.startupRecovery = null;
    const earlier = startup
      ? await startup.then(
          (r) => r.recovered,
          () => [],
        )
      : [];
    const report = await recoverInterrupted(this.deps, new Set(this.sessions.keys()));
    const stillThere = earlier
      .map((attempt) => this.deps.attempts.get(attempt.id))
      .filter((attempt): attempt is Attempt => attempt?.status === 'recovered');
    report.recovered = [...stillThere, ...report.recovered.filter((a) => !stillThere.some((b) => b.id === a.id))];
    if (report.recovered.length > 0) this.deps.events.emit('data.changed', { kind: 'attempts' });
    return report;
  }

  async discardLeftovers(ids: readonly string[]): Promise<void> {
    await discardLeftovers(this.deps, ids, new Set(this.sessions.keys()));
    this.deps.events.emit('data.changed', { kind: 'attempts' });
  }

  isRecording(attemptId: string): boolean {
    return this.sessions.has(attemptId);
  }

  private session(attemptId: string): RecordingSession {
    const session = this.sessions.get(attemptId);
    if (!session && this.discarded.has(attemptId)) {
      throw new AppError('CANCELED', { reason: 'discarded-by-delete-all' });
    }
    if (!session) throw new AppError('NOT_FOUND', { reason: 'take-not-recording' });
    return session;
  }
}
