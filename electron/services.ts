import { EventBus } from '@contract/event-bus';
import { appPaths, type AppPaths } from './app-paths';
import { DeckEditor } from './decks/deck-editor';
import { DeckLibrary } from './decks/deck-library';
import { DeckRepo } from './decks/deck-repo';
import { startFeedback, type FeedbackService } from './feedback/start-feedback';
import { FollowUpService } from './interviewer/follow-up-service';
import { consoleLogger, type Logger } from './logger';
import { progressService, type ProgressService } from './progress/progress-service';
import { interviewService, type InterviewService } from './interviews/interview-service';
import { TakeRepo } from './recording/take-repo';
import { RecordingService } from './recording/recording-service';
import { TakeEditor } from './recording/take-editor';
import { ReviewService } from './review/review-service';
import { SettingsEditor } from './settings/settings-editor';
import { SettingsRepo } from './settings/settings-repo';
import { DatabaseBackups } from './store/backups/database-backups';
import { openDatabase, type Db } from './store/database';
import { serverOrigin } from '@contract/server-address';
import { EngineSettingsRepo } from './transcription/engine-settings-repo';
import { workingDatabase, type DatabaseRecovery } from './store/health/database-recovery';
import { FileApiKeyStore, type ApiKeyStore } from './transcription/keys/api-key-store';
import { ServerKeys } from './transcription/keys/server-keys';
import { TranscriptionService, type TranscriptionServiceOptions } from './transcription/transcription-service';

export interface ServicesOptions {
  dataDir: string;
  transport: 'electron' | 'web';
  version: string;
  logger?: Logger;
  /** Electron passes its keychain-backed store; browser mode and the CLI use a private file. */
  apiKeyStore?: ApiKeyStore;
  /** A database already opened and checked (the app's start-up); otherwise the data folder's is opened here. */
  db?: Db;
  events?: EventBus;
  /** Answers the database status calls; the app's start-up passes the one that can recover. */
  database?: DatabaseRecovery;
  /** Benchmarks and tests choose the whisper-server binary and how transcription while recording behaves. */
  transcription?: Pick<TranscriptionServiceOptions, 'whisperServer' | 'streaming'>;
}

/** Everything the handlers need, built once per process. Plain Node: no Electron here. */
export interface Services {
  readonly paths: AppPaths;
  readonly db: Db;
  readonly database: DatabaseRecovery;
  readonly events: EventBus;
  readonly logger: Logger;
  readonly decks: DeckRepo;
  readonly library: DeckLibrary;
  /** Deck changes made from a page, told to the pages and with their recordings removed. */
  readonly deckEditor: DeckEditor;
  readonly takes: TakeRepo;
  /** Renaming and deleting takes, told to the pages and with their recordings removed. */
  readonly takeEditor: TakeEditor;
  readonly recording: RecordingService;
  readonly settings: SettingsRepo;
  /** Settings changes and "delete all my data", told to the pages. */
  readonly settingsEditor: SettingsEditor;
  readonly progress: ProgressService;
  readonly interviews: InterviewService;
  readonly transcription: TranscriptionService;
  readonly feedback: FeedbackService;
  readonly review: ReviewService;
  readonly followUps: FollowUpService;
  readonly transport: 'electron' | 'web';
  readonly version: string;
  close(): void;
}

/** The servers the one key of earlier versions was sent to: the cloud engine's, and the coach's when it was on. */
function legacyKeyServers(db: Db): string[] {
  const settings = new SettingsRepo(db).get();
  const addresses = [
    new EngineSettingsRepo(db).get().openaiBaseUrl,
    ...(settings.coachEnabled ? [settings.coachBaseUrl] : []),
  ];
  return addresses.map(serverOrigin).filter((origin): origin is string => origin !== null);
}

export function createServices(options: ServicesOptions): Services {
  const paths = appPaths(options.dataDir);
  const db = options.db ?? openDatabase(paths.databaseFile);
  const events = options.events ?? new EventBus();
  const logger = options.logger ?? consoleLogger;
  const takes = new TakeRepo(db);
  // Each repository is built once here and handed to whoever needs it.
  const settings = new SettingsRepo(db);
  const decks = new DeckRepo(db);
  const progress = progressService(db);
  const keys = new ServerKeys(options.apiKeyStore ?? new FileApiKeyStore(paths.dataDir), () => legacyKeyServers(db));
  const transcription = new TranscriptionService({ db, paths, events, logger, keys, ...options.transcription });
  transcription.start();
  const feedback = startFeedback({ db, events, logger, transcription, settings, recordingsDir: paths.recordingsDir });
  const { recordingsDir } = paths;
  const library = new DeckLibrary(db, recordingsDir, logger, settings, decks);
  const recording = new RecordingService({
    takes,
    recordingsDir,
    events,
    logger,
    audioTap: transcription.streaming,
  });
  return {
    paths,
    db,
    database: options.database ?? workingDatabase(new DatabaseBackups(paths.backupsDir)),
    events,
    logger,
    decks,
    library,
    deckEditor: new DeckEditor({ library, events, recordingsDir, logger }),
    takes,
    takeEditor: new TakeEditor({
      takes,
      isRecording: (takeId) => recording.isRecording(takeId),
      events,
      recordingsDir,
      logger,
    }),
    recording,
    settings,
    settingsEditor: new SettingsEditor({
      db,
      settings,
      events,
      deleteAll: { recordingsDir, logger, recording, transcription, feedback },
    }),
    progress,
    interviews: interviewService(db, progress, () => settings.get().thinkSeconds, events),
    transcription,
    feedback,
    review: new ReviewService({
      db,
      takes,
      events,
      logger,
      retryTranscription: (jobId) => transcription.retry(jobId),
      rescore: (takeId) => void feedback.rescore(takeId),
    }),
    followUps: new FollowUpService({
      db,
      latestScore: (takeId) => feedback.latest(takeId),
      rescore: (takeId) => void feedback.rescore(takeId),
      followUpTargetSeconds: () => settings.get().followUpTargetSeconds,
      transcriptText: (takeId) => transcription.transcript(takeId)?.text ?? null,
      settings: () => new SettingsRepo(db).get(),
      keys,
      logger,
      events,
    }),
    transport: options.transport,
    version: options.version,
    close: () => {
      feedback.close();
      void transcription.close();
      db.close();
    },
  };
}
