import type { Take } from '@contract/takes';
import { api } from '../api/client';
import { startAudioCapture, type AudioCapture } from './audio-capture';
import { ChunkUploader } from './chunk-uploader';
import { unpluggedProblem, type CaptureProblem } from './media-errors';
import { PcmBatcher } from './pcm-batcher';
import { pickMimeType } from './recorder-mime';

export interface TakeRecorder {
  start(questionId: string): Promise<void>;
  /** Finishes the take on disk and returns it. */
  stop(): Promise<Take>;
  cancel(): Promise<void>;
}

export interface TakeRecorderEvents {
  onLevel(level: number): void;
  /** A device vanished or the disk filled up: the UI should stop; what was sent is kept. */
  onInterrupted(problem: CaptureProblem): void;
}

const TIMESLICE_MS = 1000;

/**
 * Chromium's encoder otherwise makes a keyframe only every few seconds (or
 * once), and a player can only start decoding at a keyframe: one per second
 * makes every 1 s cluster a seek point. Not yet in TypeScript's DOM types.
 */
const recorderOptions = (mimeType: string): MediaRecorderOptions & { videoKeyFrameIntervalDuration: number } => ({
  mimeType,
  videoBitsPerSecond: 2_500_000,
  audioBitsPerSecond: 96_000,
  videoKeyFrameIntervalDuration: TIMESLICE_MS,
});

/**
 * Records one take from an already open stream: MediaRecorder WebM in 1 s
 * slices and worklet PCM, each streamed to main as it is produced.
 */
export function createTakeRecorder(stream: MediaStream, events: TakeRecorderEvents): TakeRecorder {
  let takeId: string | null = null;
  let recorder: MediaRecorder | null = null;
  let audio: AudioCapture | null = null;
  let video: ChunkUploader | null = null;
  let pcm: ChunkUploader | null = null;
  let batcher: PcmBatcher | null = null;
  let blobs: Promise<void> = Promise.resolve();
  const onEnded = (event: Event) =>
    events.onInterrupted(
      unpluggedProblem((event.target as MediaStreamTrack).kind === 'video' ? 'camera' : 'microphone'),
    );
  const onUploadFailure = (error: unknown) =>
    events.onInterrupted({
      code: (error as { code?: CaptureProblem['code'] }).code ?? 'INTERNAL',
      message: `Recording stopped: ${(error as Error).message} What was recorded until then is kept.`,
    });

  async function halt(): Promise<void> {
    stream.getTracks().forEach((track) => track.removeEventListener('ended', onEnded));
    if (recorder && recorder.state !== 'inactive') {
      const stopped = new Promise((resolve) => recorder!.addEventListener('stop', resolve, { once: true }));
      recorder.stop();
      await stopped;
    }
    await blobs;
    await audio?.stop();
    batcher?.flush();
  }

  return {
    async start(questionId) {
      const withVideo = stream.getVideoTracks().length > 0;
      const mimeType = pickMimeType(withVideo);
      const take = await api.call('recording.start', { questionId, mimeType, withVideo });
      const id = (takeId = take.id);
      video = new ChunkUploader(
        (seq, data) => api.call('recording.appendVideo', { takeId: id, seq, data }),
        onUploadFailure,
      );
      pcm = new ChunkUploader(
        (seq, data) => api.call('recording.appendAudio', { takeId: id, seq, data }),
        onUploadFailure,
      );
      const pcmBatcher = (batcher = new PcmBatcher((bytes) => pcm!.push(bytes)));
      audio = await startAudioCapture(stream, (samples) => pcmBatcher.push(samples), events.onLevel);
      recorder = new MediaRecorder(stream, recorderOptions(mimeType));
      recorder.addEventListener('dataavailable', (event) => {
        // Blob reads finish in any order; chaining keeps chunk numbers in recording order.
        blobs = blobs.then(async () => video!.push(new Uint8Array(await event.data.arrayBuffer())));
      });
      stream.getTracks().forEach((track) => track.addEventListener('ended', onEnded));
      recorder.start(TIMESLICE_MS);
    },

    async stop() {
      await halt();
      // Upload failures were already reported; whatever reached the disk is finished below.
      await Promise.allSettled([video?.drain(), pcm?.drain()]);
      return api.call('recording.stop', { takeId: takeId! });
    },

    async cancel() {
      await halt();
      if (takeId) await api.call('recording.cancel', { takeId });
    },
  };
}
