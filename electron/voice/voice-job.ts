import { readWav } from '../transcription/wav-pcm';
import { analyseVoice, type VoiceTrack } from './voice-track';

/** One take's WAV to analyse, as posted to the voice worker. */
export interface VoiceJob {
  readonly id: number;
  readonly file: string;
}

export type VoiceJobResult =
  | { readonly id: number; readonly ok: true; readonly track: VoiceTrack }
  | { readonly id: number; readonly ok: false; readonly message: string };

/** Reads and analyses one WAV, turning a failure into a value that can cross the thread boundary. */
export async function runVoiceJob(job: VoiceJob): Promise<VoiceJobResult> {
  try {
    return { id: job.id, ok: true, track: await analyseVoice(await readWav(job.file)) };
  } catch (error) {
    return { id: job.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}
