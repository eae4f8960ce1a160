import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { AppError } from '@contract/app-error';
import { whisperProcessEnv } from '../local/whisper-process-env';
import type { Logger } from '../../logger';
import { freeLoopbackPort } from './free-port';

export interface WhisperServerOptions {
  /** whisper.cpp's `whisper-server` example, built at install time. */
  readonly binary: string;
  readonly logger: Logger;
  /** With no take using it for this long, the server stops and gives its memory back. */
  readonly idleMs?: number;
  /** Fixed thread count; by default chosen at each launch from how busy the machine is (serverThreads). */
  readonly threads?: number;
  readonly startTimeoutMs?: number;
  /** Tests watch the process through this. */
  readonly onSpawn?: (pid: number) => void;
}

/** Where a running server answers; `url` carries the per-launch secret. */
export interface ServerEndpoint {
  readonly url: string;
  readonly pid: number;
  readonly threads: number;
}

/**
 * Threads for a server launched now. The recorder and the camera preview come
 * first, so the server takes only the cores nobody else is using (cores less
 * the load average), at least one, and at most four (whisper.cpp gains little
 * beyond that on one request). On an idle 2-core machine that is both cores:
 * the server runs at a lower priority, so the recorder still gets a core when
 * it needs one.
 */
export function serverThreads(cores = os.availableParallelism(), load = os.loadavg()[0] ?? 0): number {
  return Math.max(1, Math.min(4, cores, Math.round(cores - load)));
}

export interface ServerLease {
  readonly endpoint: ServerEndpoint;
  /** Call once when the take is done with the server; the last release starts the idle timer. */
  release(): void;
  /**
   * Stops the work in flight at once. A closed connection only aborts the
   * decode after the current encoder pass (up to seconds on one thread), so the
   * process is killed instead; the next lease loads the model again.
   */
  interrupt(): void;
}

interface Running {
  readonly child: ChildProcess;
  readonly endpoint: ServerEndpoint;
  readonly modelFile: string;
  readonly publicDir: string;
  readonly exited: Promise<void>;
}

const DEFAULT_IDLE_MS = 60_000;
const STOP_GRACE_MS = 2000;
/** Below the recorder's normal priority (0): the OS serves the recorder first when the cores are busy. */
const BACKGROUND_NICENESS = 10;
const STDERR_TAIL = 2000;

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Keeps one `whisper-server` process with the model loaded while takes use it.
 * The server has no API key of its own, so every route is put under a random
 * path prefix (`--request-path /<secret>`): a request without the secret gets
 * 404 and never reaches the model, `/load` or `/health`. It listens on
 * 127.0.0.1 on a random port, runs at a lower OS priority than the app, stops
 * when idle, and a crash is noticed so the next lease starts a fresh one.
 */
export class WhisperServer {
  private running: Running | null = null;
  private ensuring: Promise<unknown> = Promise.resolve();
  private leases = 0;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  constructor(private readonly options: WhisperServerOptions) {}

  /** The server with this model, started if needed; it stays up until the lease is released. */
  async lease(modelFile: string): Promise<ServerLease> {
    if (this.closed) throw new AppError('CANCELED', { reason: 'shutting-down' });
    this.leases += 1;
    this.clearIdleTimer();
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      this.leases -= 1;
      if (this.leases === 0) this.armIdleTimer();
    };
    try {
      const running = await this.ensure(modelFile);
      const interrupt = () => {
        if (this.running !== running) return;
        this.running = null;
        running.child.kill('SIGKILL');
      };
      return { endpoint: running.endpoint, release, interrupt };
    } catch (error) {
      release();
      throw error;
    }
  }

  /** The pid of the running server, or null (tests and the idle check). */
  get pid(): number | null {
    return this.running?.endpoint.pid ?? null;
  }

  /** Stops the server now and refuses new leases (app quit). */
  async close(): Promise<void> {
    this.closed = true;
    this.clearIdleTimer();
    await this.stop();
  }

  /** One start or model switch at a time: two takes asking at once must not launch two servers. */
  private ensure(modelFile: string): Promise<Running> {
    const next = this.ensuring.then(() => this.ensureNow(modelFile));
    this.ensuring = next.catch(() => undefined);
    return next;
  }

  private async ensureNow(modelFile: string): Promise<Running> {
    if (this.running?.modelFile === modelFile) return this.running;
    // Another model was chosen in Settings since the server started.
    if (this.running) await this.stop();
    this.running = await this.start(modelFile);
    if (this.closed) {
      // The app quit while the model loaded.
      await this.stop();
      throw new AppError('CANCELED', { reason: 'shutting-down' });
    }
    return this.running;
  }

  private async start(modelFile: string): Promise<Running> {
    // A port found free can be taken before the server binds it; one more try covers that race.
    try {
      return await this.launch(modelFile);
    } catch (error) {
      if (!(error instanceof AppError) || !/bind/i.test(error.detail.said ?? '')) throw error;
      return this.launch(modelFile);
    }
  }

  private async launch(modelFile: string): Promise<Running> {
    const secret = randomBytes(32).toString('hex');
    const port = await freeLoopbackPort();
    // An empty folder for static files: otherwise the server would serve ./examples/server/public if it exists.
    const publicDir = await fs.mkdtemp(path.join(os.tmpdir(), 'rehearse-whisper-server-'));
    const threads = this.options.threads ?? serverThreads();
    const args = [
      ['--host', '127.0.0.1'],
      ['--port', String(port)],
      ['--request-path', `/${secret}`],
      ['--public', publicDir],
      ['--tmp-dir', publicDir],
      ['--model', modelFile],
      ['--threads', String(threads)],
      ['--beam-size', '1'],
      // Language probabilities cost a second encoder pass per request; the app never shows them.
      ['--no-language-probabilities'],
    ].flat();
    const child = spawn(this.options.binary, args, {
      stdio: ['ignore', 'ignore', 'pipe'],
      env: whisperProcessEnv(),
      windowsHide: true,
    });
    const pid = child.pid;
    if (pid === undefined) {
      await fs.rm(publicDir, { recursive: true, force: true });
      throw new AppError('ENGINE_FAILED', { reason: 'whisper-server-start' });
    }
    try {
      // Set before the model loads, so the threads it creates later inherit the lower priority.
      os.setPriority(pid, BACKGROUND_NICENESS);
    } catch (error) {
      this.options.logger.warn('could not lower the Whisper server priority', error);
    }
    this.options.onSpawn?.(pid);
    let stderr = '';
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-STDERR_TAIL)));
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const running: Running = {
      child,
      endpoint: { url: `http://127.0.0.1:${port}/${secret}`, pid, threads },
      modelFile,
      publicDir,
      exited,
    };
    void exited.then(() => this.onExit(running));
    try {
      await this.waitReady(running, () => stderr);
    } catch (error) {
      child.kill('SIGKILL');
      await exited;
      throw error;
    }
    return running;
  }

  /** The server loads the model before it binds its port, so the first answer from /health means ready. */
  private async waitReady(running: Running, stderr: () => string): Promise<void> {
    const deadline = Date.now() + (this.options.startTimeoutMs ?? 60_000);
    let exited = false;
    void running.exited.then(() => (exited = true));
    while (Date.now() < deadline) {
      if (exited) {
        const why = stderr()
          .split('\n')
          .filter((line) => /error|failed|couldn't|invalid/i.test(line))
          .slice(-2)
          .join(' ')
          .trim();
        throw new AppError('ENGINE_FAILED', { reason: 'whisper-server-stopped', ...(why && { said: why }) });
      }
      const ok = await fetch(`${running.endpoint.url}/health`, { signal: AbortSignal.timeout(1000) }).then(
        (res) => res.ok,
        () => false,
      );
      if (ok) return;
      await delay(50);
    }
    throw new AppError('ENGINE_FAILED', { reason: 'whisper-server-slow' });
  }

  private onExit(running: Running): void {
    void fs.rm(running.publicDir, { recursive: true, force: true });
    if (this.running !== running) return;
    // Not stopped by us: a crash. The next lease starts a fresh server.
    this.running = null;
    this.options.logger.warn(`the Whisper server (pid ${running.endpoint.pid}) stopped unexpectedly`);
  }

  private async stop(): Promise<void> {
    const running = this.running;
    this.running = null;
    if (!running) return;
    running.child.kill('SIGTERM');
    const gone = await Promise.race([running.exited.then(() => true), delay(STOP_GRACE_MS).then(() => false)]);
    if (!gone) {
      running.child.kill('SIGKILL');
      await running.exited;
    }
  }

  private armIdleTimer(): void {
    this.clearIdleTimer();
    this.idleTimer = setTimeout(() => {
      this.idleTimer = null;
      if (this.leases === 0) void this.stop();
    }, this.options.idleMs ?? DEFAULT_IDLE_MS);
    this.idleTimer.unref?.();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }
}
