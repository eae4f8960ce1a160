import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '@contract/app-error';
import { parseWhisperJson, type WhisperJson } from './whisper-json';
import { whisperProcessEnv } from './whisper-process-env';

export interface WhisperCliRun {
  readonly binary: string;
  readonly args: readonly string[];
  readonly signal?: AbortSignal;
  /** whisper.cpp's own percentage, 0..100. */
  readonly onPercent?: (percent: number) => void;
  /** Called with the child's pid once it runs (tests check it is gone after a cancel). */
  readonly onSpawn?: (pid: number) => void;
}

const PROGRESS = /progress\s*=\s*(\d+)%/;
const STDERR_TAIL = 4000;

/** whisper.cpp's own account of the failure: its last error lines, else how it exited. */
function failureWords(stderr: string, code: number | null, signal: NodeJS.Signals | null): string {
  const lines = stderr.split('\n').filter((l) => /error|failed|invalid|unknown|not found|cannot/i.test(l));
  return lines.slice(-2).join(' ').trim() || (signal ? `stopped by ${signal}` : `exit code ${code}`);
}

/**
 * Runs whisper-cli in its own process: the UI-serving process stays free,
 * a cancel kills the process (which really stops the CPU work), and a native
 * crash becomes a failed job instead of taking the app down.
 */
export async function runWhisperCli(run: WhisperCliRun): Promise<WhisperJson> {
  if (run.signal?.aborted) throw new AppError('CANCELED', { who: 'transcription' });
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'rehearse-whisper-'));
  const outBase = path.join(dir, 'out');
  try {
    const child = spawn(run.binary, [...run.args, '--output-json-full', '--output-file', outBase, '--print-progress'], {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: whisperProcessEnv(),
      windowsHide: true,
    });
    if (child.pid !== undefined) run.onSpawn?.(child.pid);
    let stderr = '';
    let partialLine = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_TAIL);
      const lines = (partialLine + chunk).split('\n');
      partialLine = lines.pop() ?? '';
      for (const line of lines) {
        const match = PROGRESS.exec(line);
        if (match) run.onPercent?.(Math.min(100, Number(match[1])));
      }
    });
    const kill = () => child.kill('SIGKILL');
    run.signal?.addEventListener('abort', kill, { once: true });
    const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, signal) => resolve({ code, signal }));
    }).finally(() => run.signal?.removeEventListener('abort', kill));
    if (run.signal?.aborted) throw new AppError('CANCELED', { who: 'transcription' });
    if (exit.code !== 0)
      throw new AppError('ENGINE_FAILED', {
        reason: 'whisper-failed',
        said: failureWords(stderr, exit.code, exit.signal),
      });
    return parseWhisperJson(await fs.readFile(`${outBase}.json`, 'utf8'));
  } catch (error) {
    if (error instanceof AppError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new AppError('ENGINE_FAILED', { reason: 'whisper-failed', said: message }, { cause: error });
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}
