import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { defaultThreads, LocalWhisperEngine } from '../local/local-engine';
import type { OnePass } from './streaming-take';

/**
 * The one pass of stop-plan.ts: what the server has not transcribed, through
 * whisper-cli with every core, as a batch job would. The audio is only in
 * memory, so it goes through a private temporary file, removed afterwards.
 */
export function whisperCliOnePass(options: {
  binary: string;
  modelFile: string;
  modelName: string;
  language: string;
}): OnePass {
  const engine = new LocalWhisperEngine({
    binary: options.binary,
    modelFile: options.modelFile,
    modelName: options.modelName,
  });
  return async ({ wav, prompt, signal }) => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rehearse-rest-'));
    try {
      const audioFile = path.join(dir, 'rest.wav');
      await fs.writeFile(audioFile, wav, { mode: 0o600 });
      const { segments, words } = await engine.transcribe({
        audioFile,
        language: options.language,
        prompt,
        threads: onePassThreads(),
        signal,
      });
      return { segments, words };
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  };
}

/** Stop was pressed: the recorder no longer needs a core, so the pass gets them all, as a batch job does. */
export const onePassThreads = defaultThreads;
