import fs from 'node:fs';
import os from 'node:os';
import type { Transcript } from '@contract/transcription';
import { AppError } from '@contract/app-error';
import { inspectModelFile } from '../models/model-file';
import { monotonicProgress, type TranscribeRequest, type TranscriptionEngine } from '../engine';
import { runWhisperCli } from './run-whisper-cli';
import { transcriptParts } from './word-timings';

export interface LocalEngineOptions {
  /** whisper-cli, or null when it was not built on this machine. */
  readonly binary: string | null;
  readonly modelFile: string;
  /** Shown to the user and stored with the transcript, e.g. "base.en". */
  readonly modelName: string;
  /** Tests watch the child process through this. */
  readonly onSpawn?: (pid: number) => void;
  /**
   * 1 = greedy decoding (with whisper's usual temperature fallback), as
   * OpenAI's transcribe() does by default. Beam search (5, whisper-cli's
   * default) decodes five sequences per token: it took 1.8x the CPU time on
   * 60 s of speech with base.en shapes, for a small gain on clear English.
   */
  readonly beamSize?: number;
}

/** whisper.cpp scales to the physical cores; more threads than that only add contention. */
export const defaultThreads = () => Math.max(1, Math.min(8, os.availableParallelism()));

export class LocalWhisperEngine implements TranscriptionEngine {
  readonly id = 'local' as const;

  constructor(private readonly options: LocalEngineOptions) {}

  get model(): string {
    return this.options.modelName;
  }

  async transcribe(request: TranscribeRequest): Promise<Transcript> {
    const { binary, modelFile } = this.options;
    if (!binary) {
      throw new AppError('ENGINE_FAILED', { reason: 'whisper-not-installed' });
    }
    if (!fs.existsSync(modelFile)) {
      throw new AppError('MODEL_MISSING', { model: this.options.modelName });
    }
    await inspectModelFile(modelFile);
    const started = performance.now();
    const progress = monotonicProgress(request.onProgress);
    progress(0);
    const args = ['--model', modelFile, '--file', request.audioFile, '--language', request.language ?? 'en'];
    args.push('--threads', String(request.threads || defaultThreads()));
    args.push('--beam-size', String(this.options.beamSize ?? 1));
    if (request.prompt) args.push('--prompt', request.prompt);
    const json = await runWhisperCli({
      binary,
      args,
      signal: request.signal,
      // The last percent arrives before whisper-cli writes its output; 1 means "transcript ready".
      onPercent: (percent) => progress(Math.min(0.99, percent / 100)),
      onSpawn: this.options.onSpawn,
    });
    const parts = transcriptParts(json);
    progress(1);
    return {
      ...parts,
      language: json.result?.language ?? request.language ?? 'en',
      engine: 'local',
      model: this.options.modelName,
      seconds: Math.round(performance.now() - started) / 1000,
    };
  }
}
