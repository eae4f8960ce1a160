// Starts browser mode exactly as `npm run web` does (built renderer, real
// handlers, a temporary data folder, a random loopback port) and drives it in
// Debian's Chromium with fake camera and microphone.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const repoRoot = path.resolve(import.meta.dirname, '..');

export interface StartOptions {
  /** WAV fed to the fake microphone (absolute path). Append `%noloop` to play it once. */
  audioFile?: string;
  /** y4m file fed to the fake camera (absolute path). */
  videoFile?: string;
  /** Reuse a data folder (e.g. to test recovery across restarts). */
  dataDir?: string;
  /** Extra environment for the server process. */
  env?: Record<string, string>;
  /** What shows the page has loaded; the main navigation unless a test expects another screen. */
  readySelector?: string;
}

export interface AppHandle {
  readonly page: Page;
  readonly browser: Browser;
  readonly origin: string;
  readonly dataDir: string;
  /** Console errors and uncaught page errors seen so far. */
  readonly consoleErrors: string[];
  /** Stops the server only (the data folder stays), e.g. to restart it. */
  stopServer(): Promise<void>;
  close(): Promise<void>;
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((c): c is string => !!c && fs.existsSync(c));
  if (!found) throw new Error('Chromium not found: install Debian’s chromium package (apt-get install chromium).');
  return found;
}

export async function startServer(dataDir: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web.ts', '--port', '0', '--data-dir', dataDir], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const launchUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`browser mode exited (${code}):\n${output}`)));
  });
  return { child, launchUrl, origin: new URL(launchUrl).origin };
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
  if (child.exitCode === null) child.kill('SIGKILL');
}

export async function startApp(options: StartOptions = {}): Promise<AppHandle> {
  const ownsDataDir = !options.dataDir;
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-e2e-'));
  const server = await startServer(dataDir, options.env);
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--use-fake-ui-for-media-stream',
    '--use-fake-device-for-media-stream',
    ...(options.audioFile ? [`--use-file-for-fake-audio-capture=${options.audioFile}`] : []),
    ...(options.videoFile ? [`--use-file-for-fake-video-capture=${options.videoFile}`] : []),
  ];
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  await page.goto(server.launchUrl);
  await page.waitForSelector(options.readySelector ?? 'nav[aria-label="Main"]');

  return {
    page,
    browser,
    origin: server.origin,
    dataDir,
    consoleErrors,
    stopServer: () => stop(server.child),
    async close() {
      await browser.close().catch(() => undefined);
      await stop(server.child);
      if (ownsDataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
