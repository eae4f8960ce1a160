import type { ApiError } from '@contract';
import { readWav } from '../transcription/wav-pcm';
import { analyseVoice } from './voice-track';

/** One take's WAV to analyse, as posted to the voice worker. */
export interface VoiceJob {
  readonly file: string;
}

/**
 * Reads and analyses one WAV, answering with the track as the JSON it is stored as: the worker serialises it, so the
 * thread that stores it neither copies nor stringifies tens of thousands of numbers.
 */
export async function runVoiceJob(job: VoiceJob): Promise<string> {
  return JSON.stringify(await analyseVoice(await readWav(job.file)));
}

/** Any failure to read or analyse a WAV: the take's voice is stored as not measurable. */
export const voiceJobFailure = (): ApiError => ({ code: 'BAD_FILE', detail: {} });
