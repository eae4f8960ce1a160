import fs from 'node:fs';
import path from 'node:path';

/** Where scripts/build-whisper.mjs puts the binaries, relative to the project root. */
export const WHISPER_BUILD_DIR = path.join('vendor', 'whisper.cpp', 'build');

type WhisperProgram = 'whisper-cli' | 'whisper-server';

const overrides: Record<WhisperProgram, string | undefined> = {
  'whisper-cli': process.env.REHEARSE_WHISPER_CLI,
  'whisper-server': process.env.REHEARSE_WHISPER_SERVER,
};

function candidates(program: WhisperProgram): string[] {
  const exe = process.platform === 'win32' ? `${program}.exe` : program;
  const list: string[] = [];
  const override = overrides[program];
  if (override) list.push(override);
  // A packaged app ships the binaries as extra resources (Electron sets resourcesPath).
  const resources = (process as { resourcesPath?: string }).resourcesPath;
  if (resources) list.push(path.join(resources, exe), path.join(resources, 'whisper', exe));
  // In development, npm scripts and tests run from the project root or below it.
  for (let dir = process.cwd(), i = 0; i < 6; i++, dir = path.dirname(dir)) {
    const bin = path.join(dir, WHISPER_BUILD_DIR, 'bin');
    list.push(path.join(bin, exe), path.join(bin, 'Release', exe));
  }
  return list;
}

function findProgram(program: WhisperProgram): string | null {
  for (const file of candidates(program)) {
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // try the next place
    }
  }
  return null;
}

/** The whisper.cpp CLI built at install time, or null when it was not built (cmake missing). */
export const findWhisperCli = (): string | null => findProgram('whisper-cli');

/** whisper.cpp's server example, built beside the CLI; null means takes are transcribed after Stop only. */
export const findWhisperServer = (): string | null => findProgram('whisper-server');
