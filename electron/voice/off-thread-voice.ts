import { WarmWorker } from '../worker-threads/warm-worker';
import type { VoiceJob } from './voice-job';
import { VoiceAnalysisStopped } from './voice-track';

/**
 * Analyses WAVs on a worker thread, so a 2-minute take's pitch tracking (seconds of arithmetic) never holds up the
 * window, the HTTP API or the CLI. The worker is kept between takes (starting one under tsx costs seconds); stopping
 * it ends every running analysis with VoiceAnalysisStopped.
 */
export class OffThreadVoice {
  private readonly worker = new WarmWorker<VoiceJob, string>(
    { dir: import.meta.dirname, name: 'voice-worker' },
    { crashed: (cause) => new Error('the voice worker stopped', { cause }) },
  );

  /** The take's voice track as JSON (a VoiceTrack), ready to store. */
  analyse(file: string): Promise<string> {
    return this.worker.run({ file });
  }

  /** Stops the worker and every analysis on it; the next analysis starts a new one. */
  stop(): Promise<void> {
    return this.worker.stop(() => new VoiceAnalysisStopped());
  }
}
