import fs from 'node:fs';
import path from 'node:path';

const exe = process.platform === 'win32' ? 'whisper-cli.exe' : 'whisper-cli';

/** Where scripts/build-whisper.mjs puts the binary, relative to the project root. */
export const WHISPER_BUILD_DIR = path.join('vendor', 'whisper.cpp', 'build');

function candidates(): string[] {
  const list: string[] = [];
  if (process.env.REHEARSE_WHISPER_CLI) list.push(process.env.REHEARSE_WHISPER_CLI);
  // A packaged app ships the binary as an extra resource (Electron sets resourcesPath).
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) list.push(path.join(resources, exe), path.join(resources, 'whisper', exe));
  // In development, npm scripts and tests run from the project root or below it.
  for (let dir = process.cwd(), i = 0; i < 6; i++, dir = path.dirname(dir)) {
    const bin = path.join(dir, WHISPER_BUILD_DIR, 'bin');
    list.push(path.join(bin, exe), path.join(bin, 'Release', exe));
  }
  return list;
}

/** The whisper.cpp CLI built at install time, or null when it was not built (cmake missing). */
export function findWhisperCli(): string | null {
  for (const file of candidates()) {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // try the next place
    }
  }
  return null;
}
