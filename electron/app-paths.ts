import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface AppPaths {
  readonly dataDir: string;
  readonly databaseFile: string;
  readonly recordingsDir: string;
  readonly modelsDir: string;
  /** Automatic database backups; made on first backup. */
  readonly backupsDir: string;
}

/** Lays out the data folder: the database with the media files beside it. */
export function appPaths(dataDir: string): AppPaths {
  const root = path.resolve(dataDir);
  const paths: AppPaths = {
    dataDir: root,
    databaseFile: path.join(root, 'rehearse.sqlite'),
    recordingsDir: path.join(root, 'recordings'),
    modelsDir: path.join(root, 'models'),
    backupsDir: path.join(root, 'backups'),
  };
  for (const dir of [paths.dataDir, paths.recordingsDir, paths.modelsDir]) {
    fs.mkdirSync(dir, { recursive: true });
  }
  return paths;
}

/**
 * The data folder outside Electron (browser mode, CLI): a flag wins over
 * REHEARSE_DATA_DIR, which wins over ~/.rehearse.
 */
export function dataDirFrom(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(flag ?? env.REHEARSE_DATA_DIR ?? path.join(os.homedir(), '.rehearse'));
}
