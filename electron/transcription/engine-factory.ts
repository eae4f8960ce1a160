import type { EngineId } from '../api/contract/transcription';
import { AppError } from '../api/app-error';
import type { TranscriptionEngine } from './engine';
import type { EngineSettingsRepo } from './engine-settings-repo';
import type { ApiKeyStore } from './keys/api-key-store';
import { LocalWhisperEngine } from './local/local-engine';
import { findWhisperCli } from './local/whisper-cli-path';
import type { ModelManager } from './models/model-manager';
import { needsApiKey, OpenAiEngine } from './openai/openai-engine';

type Blocker = 'ENGINE_MISSING' | 'MODEL_MISSING' | 'API_KEY_MISSING' | null;

export interface EngineFactoryOptions {
  readonly settings: EngineSettingsRepo;
  readonly models: ModelManager;
  readonly keyStore: ApiKeyStore;
  readonly whisperCli?: string | null;
}

/** Builds the engine a job asks for from the current settings, and says what is missing when it cannot. */
export class EngineFactory {
  private readonly binary: string | null;
  /** Cached so the queue can decide synchronously; refreshed whenever the key changes. */
  private keySet = false;

  constructor(private readonly options: EngineFactoryOptions) {
    this.binary = options.whisperCli === undefined ? findWhisperCli() : options.whisperCli;
  }

  async refreshKey(): Promise<boolean> {
    this.keySet = (await this.options.keyStore.get()) !== null;
    return this.keySet;
  }

  blockers(): Record<EngineId, Blocker> {
    const settings = this.options.settings.get();
    const local: Blocker = !this.binary
      ? 'ENGINE_MISSING'
      : !this.options.models.installedFile(settings.localModel)
        ? 'MODEL_MISSING'
        : null;
    const openai: Blocker = needsApiKey(settings.openaiBaseUrl) && !this.keySet ? 'API_KEY_MISSING' : null;
    return { local, openai };
  }

  async readiness(): Promise<{ binary: string | null; openaiKeySet: boolean; blocker: Record<EngineId, Blocker> }> {
    const openaiKeySet = await this.refreshKey();
    return { binary: this.binary, openaiKeySet, blocker: this.blockers() };
  }

  /** Engines whose jobs can start now; the others' jobs wait in the queue. */
  runnable(): EngineId[] {
    const blockers = this.blockers();
    return (['local', 'openai'] as const).filter((id) => blockers[id] === null);
  }

  async create(engine: EngineId): Promise<TranscriptionEngine> {
    const settings = this.options.settings.get();
    if (engine === 'local') {
      const modelFile = this.options.models.installedFile(settings.localModel);
      if (!modelFile) {
        throw new AppError(
          'MODEL_MISSING',
          `The Whisper model "${settings.localModel}" is not installed. Download it in Settings.`,
        );
      }
      return new LocalWhisperEngine({ binary: this.binary, modelFile, modelName: settings.localModel });
    }
    const key = await this.options.keyStore.get();
    if (!key && needsApiKey(settings.openaiBaseUrl)) {
      throw new AppError('UNAUTHORIZED', 'Add your OpenAI API key in Settings to use the cloud engine.');
    }
    return new OpenAiEngine({
      apiKey: key ?? 'not-needed',
      baseUrl: settings.openaiBaseUrl,
      model: settings.openaiModel,
      timeoutMs: settings.openaiTimeoutSeconds * 1000,
    });
  }
}
