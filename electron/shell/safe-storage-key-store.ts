import fs from 'node:fs/promises';
import path from 'node:path';
import { safeStorage } from 'electron';
import { writePrivateFile, type ApiKeyStore } from '../transcription/keys/api-key-store';

/**
 * The desktop app's key store: encrypted with the OS keychain (Keychain,
 * DPAPI, libsecret/kwallet) through Electron's safeStorage. Only the
 * ciphertext is written to disk.
 */
export class SafeStorageKeyStore implements ApiKeyStore {
  readonly kind = 'os-keychain' as const;
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = path.join(dataDir, 'openai-api-key.enc');
  }

  get warning(): string | null {
    if (!safeStorage.isEncryptionAvailable())
      return 'No system keychain is available, so the key cannot be stored encrypted.';
    // On Linux without a keyring daemon Electron falls back to a hard-coded password.
    if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
      return 'No keyring (GNOME Keyring or KWallet) was found, so the key is only obfuscated, not encrypted.';
    }
    return null;
  }

  async get(): Promise<string | null> {
    const data = await fs.readFile(this.file).catch(() => null);
    if (!data || !safeStorage.isEncryptionAvailable()) return null;
    try {
      return safeStorage.decryptString(data);
    } catch {
      return null; // keychain changed (e.g. another user profile): ask for the key again
    }
  }

  async set(key: string | null): Promise<void> {
    if (key === null) return fs.rm(this.file, { force: true });
    if (!safeStorage.isEncryptionAvailable()) throw new Error('No system keychain is available to store the key.');
    await writePrivateFile(this.file, safeStorage.encryptString(key));
  }
}
