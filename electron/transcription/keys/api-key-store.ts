import fs from 'node:fs/promises';
import path from 'node:path';

/** Where the cloud engine's API key lives. Electron uses the OS keychain; browser mode a private file. */
export interface ApiKeyStore {
  readonly kind: 'os-keychain' | 'file';
  /** Shown beside the key field when the storage is weaker than a keychain. */
  readonly warning: string | null;
  get(): Promise<string | null>;
  /** null forgets the key. */
  set(key: string | null): Promise<void>;
}

/** Writes through a temp file so a crash never leaves half a key. */
export async function writePrivateFile(file: string, data: string | Buffer): Promise<void> {
  const temp = `${file}.tmp`;
  await fs.writeFile(temp, data, { mode: 0o600 });
  // mode applies only when the file is created; make sure an older temp file is private too.
  await fs.chmod(temp, 0o600);
  await fs.rename(temp, file);
}

/**
 * Browser mode has no keychain: the key sits in a file in the data folder
 * that only the user can read (mode 0600; on Windows the folder's ACL applies).
 */
export class FileApiKeyStore implements ApiKeyStore {
  readonly kind = 'file' as const;
  readonly warning: string;
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'openai-api-key');
    this.warning = `The key is stored unencrypted in ${this.file}, readable only by your user account. The desktop app keeps it in the system keychain instead.`;
  }

  async get(): Promise<string | null> {
    const text = await fs.readFile(this.file, 'utf8').catch(() => null);
    return text?.trim() || null;
  }

  async set(key: string | null): Promise<void> {
    if (key === null) await fs.rm(this.file, { force: true });
    else await writePrivateFile(this.file, key);
  }
}
