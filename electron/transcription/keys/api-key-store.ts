import fs from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';

/**
 * Where API keys live, one per server origin (scheme, host and port), so a key
 * typed for one server is never sent to another. Electron uses the OS
 * keychain; browser mode and the CLI a private file.
 */
export interface ApiKeyStore {
  readonly kind: 'os-keychain' | 'file';
  /** Shown beside the key field when the storage is weaker than a keychain. */
  readonly warning: string | null;
  get(origin: string): Promise<string | null>;
  /** null forgets the key. */
  set(origin: string, key: string | null): Promise<void>;
  /**
   * Before keys were kept per server there was one key for every server. Gives
   * it to these origins (the servers it was being sent to), then removes it.
   */
  adoptLegacyKey(origins: readonly string[]): Promise<void>;
}

/** How the store's file is sealed: plain text in browser mode, the OS keychain in Electron. */
export interface KeyCodec {
  encode(text: string): Buffer;
  /** null when the data cannot be read back (another keychain, for example). */
  decode(data: Buffer): string | null;
}

const plainText: KeyCodec = {
  encode: (text) => Buffer.from(text, 'utf8'),
  decode: (data) => data.toString('utf8'),
};

const keyFileSchema = z.object({ version: z.literal(1), keys: z.record(z.string(), z.string().min(1)) });

/** Writes through a temp file so a crash never leaves half a key. */
export async function writePrivateFile(file: string, data: string | Buffer): Promise<void> {
  const temp = `${file}.tmp`;
  await fs.writeFile(temp, data, { mode: 0o600 });
  // mode applies only when the file is created; make sure an older temp file is private too.
  await fs.chmod(temp, 0o600);
  await fs.rename(temp, file);
}

/** Keys by origin in one sealed file, written one change at a time. */
export class OriginKeyStore implements ApiKeyStore {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    readonly kind: ApiKeyStore['kind'],
    private readonly files: { keys: string; legacy: string },
    private readonly codec: KeyCodec,
    private readonly describeWarning: () => string | null,
  ) {}

  get warning(): string | null {
    return this.describeWarning();
  }

  async get(origin: string): Promise<string | null> {
    await this.queue;
    return (await this.read())[origin] ?? null;
  }

  set(origin: string, key: string | null): Promise<void> {
    return this.serial(async () => {
      const keys = await this.read();
      if (key === null) delete keys[origin];
      else keys[origin] = key;
      await this.write(keys);
    });
  }

  adoptLegacyKey(origins: readonly string[]): Promise<void> {
    return this.serial(async () => {
      const data = await fs.readFile(this.files.legacy).catch(() => null);
      const legacy = data && this.codec.decode(data)?.trim();
      if (legacy) {
        const keys = await this.read();
        // A key the user already set for a server wins over the old shared one.
        for (const origin of origins) keys[origin] ??= legacy;
        await this.write(keys);
      }
      if (data) await fs.rm(this.files.legacy, { force: true });
    });
  }

  /** Changes run one after another, so two quick saves cannot lose either. */
  private serial(change: () => Promise<void>): Promise<void> {
    const next = this.queue.then(change);
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async read(): Promise<Record<string, string>> {
    const data = await fs.readFile(this.files.keys).catch(() => null);
    const text = data && this.codec.decode(data);
    if (!text) return {};
    try {
      const parsed = keyFileSchema.safeParse(JSON.parse(text));
      return parsed.success ? { ...parsed.data.keys } : {};
    } catch {
      return {};
    }
  }

  private async write(keys: Record<string, string>): Promise<void> {
    if (Object.keys(keys).length === 0) return fs.rm(this.files.keys, { force: true });
    await writePrivateFile(this.files.keys, this.codec.encode(JSON.stringify({ version: 1, keys })));
  }
}

/**
 * Browser mode has no keychain: the keys sit in a file in the data folder
 * that only the user can read (mode 0600; on Windows the folder's ACL applies).
 */
export class FileApiKeyStore extends OriginKeyStore {
  constructor(dataDir: string) {
    const keys = path.join(dataDir, 'api-keys.json');
    super(
      'file',
      { keys, legacy: path.join(dataDir, 'openai-api-key') },
      plainText,
      () =>
        `Keys are stored unencrypted in ${keys}, readable only by your user account. The desktop app keeps them in the system keychain instead.`,
    );
  }
}
