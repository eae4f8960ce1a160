import { AppError } from '@contract/app-error';
import type { Take } from '@contract/takes';
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

/** Takes being recorded in this process, by take id. */
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

  async start(questionId: string): Promise<Take> {
    if (this.holds > 0) throw new AppError('CONFLICT', { reason: 'deleting-all-data' });
    return this.track(this.open(questionId));
  }

  private async open(questionId: string): Promise<Take> {
    const { takes, recordingsDir } = this.deps;
    let take: Take;
    try {
      // The row exists before the first byte, so a crash leaves something to recover.
      take = takes.create(questionId, { videoFile: null, audioFile: null });
    } catch (error) {
      if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
        throw new AppError('NOT_FOUND', { what: 'question' });
      }
      throw error;
    }
    const files = takeFiles(take.id);
    takes.finish(take.id, 'recording', null, { videoFile: files.video, audioFile: files.audio });
    try {
      this.sessions.set(take.id, await RecordingSession.open(recordingsDir, take.id));
      this.watchAbandoned();
      this.tap((tap) => tap.opened(take.id));
    } catch (error) {
      takes.delete(take.id);
      throw error;
    }
    return takes.get(take.id)!;
  }

  appendVideo(takeId: string, seq: number, data: Uint8Array) {
    return this.session(takeId).appendVideo(seq, data);
  }

  async appendAudio(takeId: string, seq: number, data: Uint8Array) {
    const result = await this.session(takeId).appendAudio(seq, data);
    if (!result.duplicate) this.tap((tap) => tap.appended(takeId, data));
    return result;
  }

  stop(takeId: string): Promise<Take> {
    return this.finish(takeId, 'recorded');
  }

  /** Finishes takes that have had no chunk for a while; called on a timer while any take is open. */
  async finishAbandoned(now = Date.now()): Promise<void> {
    for (const [takeId, session] of [...this.sessions]) {
      if (now - session.lastActivity < ABANDONED_AFTER_MS) continue;
      await this.finish(takeId, 'recovered').catch((error: unknown) =>
        this.deps.logger.warn(`could not finish abandoned take ${takeId}`, error),
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

  private finish(takeId: string, status: 'recorded' | 'recovered'): Promise<Take> {
    return this.track(this.save(takeId, status));
  }

  private async save(takeId: string, status: 'recorded' | 'recovered'): Promise<Take> {
    const { takes, events } = this.deps;
    const session = this.session(takeId);
    // Before the files are finished (the WebM copy takes a moment): the last piece can be transcribed meanwhile.
    this.tap((tap) => tap.ended(takeId));
    const recorded = await session.finish().finally(() => this.sessions.delete(takeId));
    const files = takeFiles(takeId);
    if (!recorded.hasVideo && !recorded.hasAudio) {
      this.tap((tap) => tap.discarded(takeId));
      takes.delete(takeId);
      events.emit('data.changed', { kind: 'takes' });
      throw new AppError('CANCELED', { reason: 'nothing-recorded' });
    }
    takes.finish(takeId, status, recorded.durationMs, {
      videoFile: recorded.hasVideo ? files.video : null,
      audioFile: recorded.hasAudio ? files.audio : null,
    });
    const take = takes.get(takeId)!;
    events.emit('data.changed', { kind: 'takes' });
    events.emit('recording.saved', { takeId, questionId: take.questionId });
    return take;
  }

  async cancel(takeId: string): Promise<void> {
    await this.drop(takeId, this.session(takeId));
    this.deps.events.emit('data.changed', { kind: 'takes' });
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
    for (const [takeId] of open) this.discarded.add(takeId);
    await Promise.all(open.map(([takeId, session]) => this.drop(takeId, session)));
    if (open.length > 0) this.deps.events.emit('data.changed', { kind: 'takes' });
    let resumed = false;
    return () => {
      if (!resumed) this.holds -= 1;
      resumed = true;
    };
  }

  private async drop(takeId: string, session: RecordingSession): Promise<void> {
    this.sessions.delete(takeId);
    this.tap((tap) => tap.discarded(takeId));
    await session.discard();
    const { files } = this.deps.takes.delete(takeId);
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
      .map((take) => this.deps.takes.get(take.id))
      .filter((take): take is Take => take?.status === 'recovered');
    report.recovered = [...stillThere, ...report.recovered.filter((a) => !stillThere.some((b) => b.id === a.id))];
    if (report.recovered.length > 0) this.deps.events.emit('data.changed', { kind: 'takes' });
    return report;
  }

  async discardLeftovers(ids: readonly string[]): Promise<void> {
    await discardLeftovers(this.deps, ids, new Set(this.sessions.keys()));
    this.deps.events.emit('data.changed', { kind: 'takes' });
  }

  isRecording(takeId: string): boolean {
    return this.sessions.has(takeId);
  }

  private session(takeId: string): RecordingSession {
    const session = this.sessions.get(takeId);
    if (!session && this.discarded.has(takeId)) {
      throw new AppError('CANCELED', { reason: 'discarded-by-delete-all' });
    }
    if (!session) throw new AppError('NOT_FOUND', { reason: 'take-not-recording' });
    return session;
  }
}
