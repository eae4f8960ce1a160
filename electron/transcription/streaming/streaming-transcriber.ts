import type { Transcript } from '@contract/transcription';
import type { Logger } from '../../logger';
import type { AudioTap } from '../../recording/audio-tap';
import type { EngineSettingsRepo } from '../engine-settings-repo';
import { initialPrompt } from '../initial-prompt';
import type { TranscriptionJobRepo } from '../jobs/job-repo';
import type { ModelManager } from '../models/model-manager';
import type { SegmenterOptions } from './segmenter';
import { onePassThreads, whisperCliOnePass } from './one-pass';
import { describePlan, type BacklogAtStop, type StopPlan } from './stop-plan';
import { StreamingTake } from './streaming-take';
import type { WhisperServer } from './whisper-server';

export interface StreamingTranscriberOptions {
  /** Null when whisper-server was not built: every take is transcribed after Stop. */
  readonly server: WhisperServer | null;
  /** whisper-cli, for the rest of a take the server fell behind on (and for the batch job if streaming fails). */
  readonly whisperCli: string | null;
  readonly settings: EngineSettingsRepo;
  readonly models: ModelManager;
  readonly jobs: TranscriptionJobRepo;
  readonly logger: Logger;
  readonly segmenter?: SegmenterOptions;
  readonly plan?: (backlog: BacklogAtStop) => StopPlan;
  readonly onText?: (takeId: string, text: string) => void;
}

/**
 * Follows each take being recorded (an AudioTap) and transcribes it while
 * the user speaks, when the local engine is chosen and its model installed.
 * Takes it does not follow, and takes whose streaming fails, go through the
 * batch job after Stop as before.
 */
export class StreamingTranscriber implements AudioTap {
  private readonly takes = new Map<string, StreamingTake>();

  constructor(private readonly options: StreamingTranscriberOptions) {}

  opened(takeId: string): void {
    const { server, whisperCli, settings, models, jobs, logger } = this.options;
    const engine = settings.get();
    if (!server || !whisperCli || engine.engine !== 'local') return;
    const modelFile = models.installedFile(engine.localModel);
    if (!modelFile) return;
    const source = jobs.takeSource(takeId);
    this.takes.set(
      takeId,
      new StreamingTake({
        server,
        modelFile,
        modelName: engine.localModel,
        language: engine.language,
        prompt: initialPrompt(source?.question, source?.modelAnswer),
        segmenter: this.options.segmenter,
        plan: this.options.plan,
        onePass: whisperCliOnePass({
          binary: whisperCli,
          modelFile,
          modelName: engine.localModel,
          language: engine.language,
        }),
        onePassThreads: onePassThreads(),
        onText: (text) => this.options.onText?.(takeId, text),
        onPlan: (plan, backlog) => logger.info(describePlan(plan, backlog), { plan, backlog }),
      }),
    );
  }

  appended(takeId: string, pcm: Uint8Array): void {
    const take = this.takes.get(takeId);
    if (!take) return;
    // A copy: the chunk's buffer may start at an odd offset, and it is released once written.
    const samples = new Int16Array(pcm.byteLength >> 1);
    Buffer.from(samples.buffer).set(pcm.subarray(0, samples.byteLength));
    take.append(samples);
  }

  ended(takeId: string): void {
    // The last piece starts at once, while the recorder is still finishing its files.
    void this.takes
      .get(takeId)
      ?.finish()
      .catch(() => undefined);
  }

  discarded(takeId: string): void {
    this.abort(takeId);
  }

  /** Whether this take is (or was until Stop) transcribed while recording. */
  follows(takeId: string): boolean {
    return this.takes.has(takeId);
  }

  /**
   * The take's transcript once its last piece is done; rejects when streaming
   * failed (the caller falls back to the batch job). Null for a take not followed.
   */
  result(takeId: string): Promise<Transcript> | null {
    const take = this.takes.get(takeId);
    if (!take) return null;
    return take.finish().finally(() => {
      if (this.takes.get(takeId) === take) this.takes.delete(takeId);
    });
  }

  /** Stops the take's work on the server and forgets what it transcribed. */
  abort(takeId: string): void {
    const take = this.takes.get(takeId);
    this.takes.delete(takeId);
    take?.abort();
  }

  abortAll(): void {
    for (const takeId of [...this.takes.keys()]) this.abort(takeId);
  }
}
