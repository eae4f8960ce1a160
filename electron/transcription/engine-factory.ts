import { isOpenAiServer } from '@contract/server-address';
import type { EngineId } from '@contract/transcription';
import { AppError } from '@contract/app-error';
import type { TranscriptionEngine } from './engine';
import type { EngineSettingsRepo } from './engine-settings-repo';
import type { ServerKeys } from './keys/server-keys';
import { LocalWhisperEngine } from './local/local-engine';
import { findWhisperCli } from './local/whisper-cli-path';
import type { ModelManager } from './models/model-manager';
import { OpenAiEngine } from './openai/openai-engine';

type Blocker = 'ENGINE_MISSING' | 'MODEL_MISSING' | 'API_KEY_MISSING' | null;

export interface EngineFactoryOptions {
  readonly settings: EngineSettingsRepo;
  readonly models: ModelManager;
  readonly keys: ServerKeys;
  readonly whisperCli?: string | null;
}

/** Builds the engine a job asks for from the current settings, and says what is missing when it cannot. */
export class EngineFactory {
  /** whisper-cli, or null when it was not built on this machine. */
  readonly binary: string | null;
  /** Cached so the queue can decide synchronously; refreshed whenever the key or the server changes. */
  private keySet = { address: '', set: false };

  constructor(private readonly options: EngineFactoryOptions) {
    this.binary = options.whisperCli === undefined ? findWhisperCli() : options.whisperCli;
  }

  async refreshKey(): Promise<boolean> {
    const address = this.options.settings.get().openaiBaseUrl;
    this.keySet = { address, set: (await this.options.keys.keyFor(address)) !== null };
    return this.keySet.set;
  }

  blockers(): Record<EngineId, Blocker> {
    const settings = this.options.settings.get();
    const local: Blocker = !this.binary
      ? 'ENGINE_MISSING'
      : !this.options.models.installedFile(settings.localModel)
        ? 'MODEL_MISSING'
        : null;
    // A key saved for another server does not count: it is never sent here.
    const keySet = this.keySet.set && this.keySet.address === settings.openaiBaseUrl;
    const openai: Blocker = isOpenAiServer(settings.openaiBaseUrl) && !keySet ? 'API_KEY_MISSING' : null;
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
        throw new AppError('MODEL_MISSING', { model: settings.localModel });
      }
      return new LocalWhisperEngine({ binary: this.binary, modelFile, modelName: settings.localModel });
    }
    const key = await this.options.keys.keyToSend(settings.openaiBaseUrl);
    if (!key && isOpenAiServer(settings.openaiBaseUrl)) {
      throw new AppError('UNAUTHORIZED', { reason: 'api-key-missing', who: 'transcription' });
    }
    return new OpenAiEngine({
      apiKey: key,
      baseUrl: settings.openaiBaseUrl,
      model: settings.openaiModel,
      timeoutMs: settings.openaiTimeoutSeconds * 1000,
    });
  }
}
