import path from 'node:path';
import { safeStorage } from 'electron';
import { OriginKeyStore, type KeyCodec } from '../transcription/keys/api-key-store';

const keychain: KeyCodec = {
  encode(text) {
    if (!safeStorage.isEncryptionAvailable()) throw new Error('No system keychain is available to store the key.');
    return safeStorage.encryptString(text);
  },
  decode(data) {
    if (!safeStorage.isEncryptionAvailable()) return null;
    try {
      return safeStorage.decryptString(data);
    } catch {
      return null; // keychain changed (e.g. another user profile): ask for the keys again
    }
  },
};

function keychainWarning(): string | null {
  if (!safeStorage.isEncryptionAvailable())
    return 'No system keychain is available, so keys cannot be stored encrypted.';
  // On Linux without a keyring daemon Electron falls back to a hard-coded password.
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') {
    return 'No keyring (GNOME Keyring or KWallet) was found, so keys are only obfuscated, not encrypted.';
  }
  return null;
}

/**
 * The desktop app's key store: encrypted with the OS keychain (Keychain,
 * DPAPI, libsecret/kwallet) through Electron's safeStorage. Only the
 * ciphertext is written to disk.
 */
export class SafeStorageKeyStore extends OriginKeyStore {
  constructor(dataDir: string) {
    super(
      'os-keychain',
      { keys: path.join(dataDir, 'api-keys.enc'), legacy: path.join(dataDir, 'openai-api-key.enc') },
      keychain,
      keychainWarning,
    );
  }
}
