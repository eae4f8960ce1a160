import fs from 'node:fs/promises';
import { AppError } from '@contract/app-error';
import { ChunkFile, type AppendResult } from './chunk-file';
import { finalizeWavPart, finalizeWebmPart } from './finalize-parts';
import { releaseWrittenChunks } from './release-chunk-memory';
import { takePaths, type TakePaths } from './recording-files';
import { wavHeader } from './wav-format';

/** Once a chunk is on disk nothing holds it; let its memory go back promptly. */
const written =
  (data: Uint8Array) =>
  (result: AppendResult): AppendResult => {
    releaseWrittenChunks(data.byteLength);
    return result;
  };

export interface FinishedTake {
  durationMs: number;
  hasVideo: boolean;
  hasAudio: boolean;
}

/**
 * The open files of one take being recorded. Chunks go straight to disk; the
 * files become final (and the WebM seekable) only in `finish`.
 */
export class RecordingSession {
  private closing = false;
  /** When the last chunk arrived (ms since epoch); a take nobody feeds any more is finished by its service. */
  lastActivity = Date.now();

  private constructor(
    readonly takeId: string,
    private readonly paths: TakePaths,
    private readonly video: ChunkFile,
    private readonly audio: ChunkFile,
  ) {}

  static async open(recordingsDir: string, takeId: string): Promise<RecordingSession> {
    const paths = takePaths(recordingsDir, takeId);
    const video = await ChunkFile.create(paths.videoPart);
    try {
      // Sizes are patched at stop; a crash leaves a header recovery can fix.
      const audio = await ChunkFile.create(paths.audioPart, wavHeader(0));
      return new RecordingSession(takeId, paths, video, audio);
    } catch (error) {
      await video.abandon();
      await fs.rm(paths.videoPart, { force: true });
      throw error;
    }
  }

  appendVideo(seq: number, data: Uint8Array): Promise<AppendResult> {
    this.assertOpen();
    this.lastActivity = Date.now();
    return this.video.append(seq, data).then(written(data));
  }

  appendAudio(seq: number, data: Uint8Array): Promise<AppendResult> {
    this.assertOpen();
    this.lastActivity = Date.now();
    return this.audio.append(seq, data).then(written(data));
  }

  async finish(): Promise<FinishedTake> {
    this.assertOpen();
    this.closing = true;
    await Promise.all([this.video.close(), this.audio.close()]);
    const [webm, wav] = await Promise.all([
      finalizeWebmPart(this.paths.videoPart, this.paths.video),
      finalizeWavPart(this.paths.audioPart, this.paths.audio),
    ]);
    return {
      durationMs: webm?.durationMs || wav?.durationMs || 0,
      hasVideo: webm !== null,
      hasAudio: wav !== null,
    };
  }

  async discard(): Promise<void> {
    this.closing = true;
    await Promise.all([this.video.abandon(), this.audio.abandon()]);
    await Promise.all([this.paths.videoPart, this.paths.audioPart].map((file) => fs.rm(file, { force: true })));
  }

  private assertOpen(): void {
    if (this.closing) throw new AppError('CONFLICT', { reason: 'take-stopped' });
  }
}
