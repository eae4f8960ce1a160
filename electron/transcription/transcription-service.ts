import path from 'node:path';
import type {
  EngineId,
  EngineSettings,
  EngineSettingsPatch,
  Transcript,
  TranscriptionJob,
  TranscriptionStatus,
} from '@contract/transcription';
import { AppError } from '@contract/app-error';
import { keyMayTravelTo, serverOrigin } from '@contract/server-address';
import type { EventBus } from '@contract/event-bus';
import type { AppPaths } from '../app-paths';
import type { Logger } from '../logger';
import type { Db } from '../store/database';
import { EngineSettingsRepo } from './engine-settings-repo';
import { EngineFactory } from './engine-factory';
import { initialPrompt } from './initial-prompt';
import { TranscriptionJobRepo } from './jobs/job-repo';
import { JobQueue } from './jobs/job-queue';
import type { ServerKeys } from './keys/server-keys';
import { catalogueEntry, RECOMMENDED_MODEL } from './models/catalogue';
import { ModelManager, type ModelManagerOptions } from './models/model-manager';
import { findWhisperServer } from './local/whisper-cli-path';
import type { SegmenterOptions } from './streaming/segmenter';
import type { BacklogAtStop, StopPlan } from './streaming/stop-plan';
import { StreamingJobs } from './streaming/streaming-jobs';
import { StreamingTranscriber } from './streaming/streaming-transcriber';
import { WhisperServer } from './streaming/whisper-server';

export interface TranscriptionServiceOptions {
  readonly db: Db;
  readonly paths: AppPaths;
  readonly events: EventBus;
  readonly logger: Logger;
  /** The API keys of the servers the user configured. */
  readonly keys: ServerKeys;
  /** whisper-cli; defaults to the one built at install time. */
  readonly whisperCli?: string | null;
  readonly models?: Partial<ModelManagerOptions>;
  /** whisper-server, for transcribing while recording; defaults to the one built beside whisper-cli. */
  readonly whisperServer?: string | null;
  /** Transcribing while recording (on by default for the local engine); tests shorten the idle time. */
  readonly streaming?: {
    readonly enabled?: boolean;
    readonly idleMs?: number;
    readonly segmenter?: SegmenterOptions;
    /** What to do with the backlog at Stop (stop-plan.ts); tests pin one path. */
    readonly plan?: (backlog: BacklogAtStop) => StopPlan;
    readonly onServerSpawn?: (pid: number) => void;
  };
}

export type TranscribedListener = (event: { takeId: string; jobId: string; transcript: Transcript }) => void;

/** Transcription for the app: engine settings, models, the job queue and the transcripts it produces. */
export class TranscriptionService {
  readonly settings: EngineSettingsRepo;
  readonly models: ModelManager;
  readonly jobs: TranscriptionJobRepo;
  readonly engines: EngineFactory;
  readonly keys: ServerKeys;
  /** Give this to the recording service: takes are transcribed while they record. */
  readonly streaming: StreamingTranscriber;
  readonly server: WhisperServer | null;
  private readonly streamingJobs: StreamingJobs;
  private readonly queue: JobQueue;
  private readonly listeners = new Set<TranscribedListener>();
  private unsubscribe: (() => void) | null = null;

  constructor(private readonly options: TranscriptionServiceOptions) {
    const { events, logger } = options;
    this.settings = new EngineSettingsRepo(options.db);
    this.keys = options.keys;
    this.jobs = new TranscriptionJobRepo(options.db);
    this.models = new ModelManager({
      modelsDir: options.paths.modelsDir,
      onEvent: (e) => {
        events.emit('transcription.model', {
          name: e.name,
          state: e.state,
          receivedBytes: e.progress.receivedBytes,
          totalBytes: e.progress.totalBytes ?? 0,
          etaSeconds: e.progress.etaSeconds,
          error: e.error && { code: e.error.code, detail: e.error.detail },
        });
        // A finished download can unblock recordings waiting in the queue.
        if (e.state === 'installed') this.queue.kick();
      },
      ...options.models,
    });
    this.engines = new EngineFactory({
      settings: this.settings,
      models: this.models,
      keys: options.keys,
      whisperCli: options.whisperCli,
    });
    this.queue = new JobQueue({
      repo: this.jobs,
      logger,
      runnableEngines: () => this.engines.runnable(),
      run: (job, signal, onProgress, started) => this.run(job, signal, onProgress, started),
      onUpdate: (job) => {
        events.emit('transcription.job', job);
        events.emit('data.changed', { kind: 'jobs' });
      },
      onDone: (job, transcript) => this.announce(job, transcript),
    });
    const serverBinary = options.whisperServer === undefined ? findWhisperServer() : options.whisperServer;
    const streaming = options.streaming ?? {};
    this.server =
      serverBinary && streaming.enabled !== false
        ? new WhisperServer({
            binary: serverBinary,
            logger,
            idleMs: streaming.idleMs,
            onSpawn: streaming.onServerSpawn,
          })
        : null;
    this.streaming = new StreamingTranscriber({
      server: this.server,
      whisperCli: this.engines.binary,
      settings: this.settings,
      models: this.models,
      jobs: this.jobs,
      logger,
      segmenter: streaming.segmenter,
      plan: streaming.plan,
      onText: (takeId, text) => events.emit('transcription.live', { takeId, text }),
    });
    this.streamingJobs = new StreamingJobs({
      repo: this.jobs,
      streaming: this.streaming,
      logger,
      model: () => this.settings.get().localModel,
      onUpdate: (job) => {
        events.emit('transcription.job', job);
        events.emit('data.changed', { kind: 'jobs' });
      },
      onDone: (job, transcript) => this.announce(job, transcript),
      fellBack: () => this.queue.kick(),
    });
  }

  /** Resolves jobs a previous run left behind, queues takes never queued, and starts working. */
  start(): void {
    this.jobs.recoverInterrupted();
    this.enqueueMissing();
    this.unsubscribe = this.options.events.subscribe((name, payload) => {
      if (name !== 'recording.saved') return;
      this.streamingJobs.start((payload as { takeId: string }).takeId);
      this.enqueueMissing();
    });
    // The key lives in the keychain (async); learn whether it is set, then look for work again.
    void this.engines.refreshKey().then(() => this.queue.kick());
    this.queue.kick();
  }

  async close(): Promise<void> {
    this.unsubscribe?.();
    this.streamingJobs.close();
    await Promise.all([this.queue.close(), this.server?.close()]);
  }

  /** For scoring: called with each finished transcript. Returns an unsubscribe function. */
  onTranscribed(listener: TranscribedListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  enqueue(takeId: string, engine?: EngineId): TranscriptionJob {
    if (!this.jobs.takeSource(takeId)?.audioFile) throw new AppError('NOT_FOUND', { reason: 'no-recording' });
    const settings = this.settings.get();
    const chosen = engine ?? settings.engine;
    const job = this.jobs.create(takeId, chosen, chosen === 'local' ? settings.localModel : settings.openaiModel);
    this.options.events.emit('transcription.job', job);
    this.queue.kick();
    return job;
  }

  retry(jobId: string): TranscriptionJob {
    const job = this.jobs.get(jobId);
    if (!job) throw new AppError('NOT_FOUND', { what: 'job' });
    if (job.status !== 'failed' && job.status !== 'canceled')
      throw new AppError('CONFLICT', { reason: 'job-not-retryable' });
    const queued = this.jobs.requeue(jobId)!;
    this.options.events.emit('transcription.job', queued);
    this.queue.kick();
    return queued;
  }

  cancel(jobId: string): void {
    if (this.streamingJobs.cancel(jobId)) return;
    if (!this.queue.cancel(jobId)) throw new AppError('CONFLICT', { reason: 'job-not-running' });
  }

  /**
   * Stops the running job and holds the queue until the returned function is
   * called ("delete all my data" removes the jobs meanwhile); resolves once no
   * engine is working any more.
   */
  cancelAll(): Promise<() => void> {
    this.streaming.abortAll();
    return this.queue.hold();
  }

  /** Call after settings, keys or models change: waiting jobs may now run. */
  kick(): void {
    this.queue.kick();
  }

  /** Changes the engine settings; waiting takes try again with them. */
  async updateSettings(patch: EngineSettingsPatch): Promise<EngineSettings> {
    const next = this.settings.update(patch);
    // Another server address means another server's key (or none).
    await this.engines.refreshKey();
    this.settingsChanged();
    return next;
  }

  /** Stores (or with null, forgets) the key of the cloud engine's own server; waiting takes try again with it. */
  async setKey(key: string | null): Promise<void> {
    await this.keys.setKeyFor(this.settings.get().openaiBaseUrl, key);
    await this.engines.refreshKey();
    this.settingsChanged();
  }

  private settingsChanged(): void {
    this.options.events.emit('data.changed', { kind: 'settings' });
    this.queue.kick();
  }

  /** Resolves when no job is running: streamed takes are stored, and the queue has nothing it can run. */
  async idle(): Promise<void> {
    await this.streamingJobs.idle();
    await this.queue.idle();
  }

  transcript(takeId: string): Transcript | null {
    return this.jobs.latestTranscript(takeId);
  }

  async status(): Promise<TranscriptionStatus> {
    const settings = this.settings.get();
    const recommended = catalogueEntry(RECOMMENDED_MODEL)!;
    const readiness = await this.engines.readiness();
    return {
      engine: settings.engine,
      localEngineAvailable: readiness.binary !== null,
      localModelInstalled: this.models.installedFile(settings.localModel) !== null,
      recommendedModel: { name: recommended.name, sizeBytes: recommended.sizeBytes },
      openaiKeySet: readiness.openaiKeySet,
      keyServer: serverOrigin(settings.openaiBaseUrl),
      keyAllowed: keyMayTravelTo(settings.openaiBaseUrl),
      keyStorage: this.keys.storage,
      blocker: readiness.blocker[settings.engine],
      queuedJobs: this.jobs.countQueued(),
    };
  }

  private enqueueMissing(): void {
    for (const takeId of this.jobs.takesWithoutJob()) {
      // Transcribed while recording: its job is made when its transcript is ready.
      if (!this.streaming.follows(takeId)) this.enqueue(takeId);
    }
  }

  private async run(
    job: TranscriptionJob,
    signal: AbortSignal,
    onProgress: (f: number) => void,
    started: (model: string) => void,
  ) {
    const source = this.jobs.takeSource(job.takeId);
    if (!source?.audioFile) throw new AppError('NOT_FOUND', { reason: 'no-recording' });
    const engine = await this.engines.create(job.engine);
    started(engine.model);
    return engine.transcribe({
      audioFile: path.join(this.options.paths.recordingsDir, source.audioFile),
      language: this.settings.get().language,
      prompt: initialPrompt(source.question, source.modelAnswer),
      threads: this.settings.get().threads,
      signal,
      onProgress,
    });
  }

  private announce(job: TranscriptionJob, transcript: Transcript): void {
    for (const listener of this.listeners) {
      try {
        listener({ takeId: job.takeId, jobId: job.id, transcript });
      } catch (error) {
        this.options.logger.error('a transcript listener failed', error);
      }
    }
  }
}
