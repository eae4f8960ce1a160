import { AppError } from '@contract/app-error';
import { keyMayTravelTo, serverOrigin } from '@contract/server-address';
import type { ApiKeyStore } from './api-key-store';

/** Throws before a key could leave over plain http for another computer. */
export function refuseInsecureKey(address: string, key: string | null): void {
  if (key !== null && !keyMayTravelTo(address))
    throw new AppError('INSECURE_TRANSPORT', { reason: 'key-over-plain-http', address });
}

function originOf(address: string): string {
  const origin = serverOrigin(address);
  if (!origin) throw new AppError('VALIDATION', { reason: 'not-http-address', address });
  return origin;
}

/**
 * The keys of the servers the user configured, looked up by address: the
 * transcription engine and the coach each get the key of the server they
 * point at, never another server's.
 */
export class ServerKeys {
  private adopted: Promise<void> | null = null;

  /** legacyOrigins: the servers the old single key was being sent to, read when first needed. */
  constructor(
    private readonly store: ApiKeyStore,
    private readonly legacyOrigins: () => readonly string[],
  ) {}

  get storage(): { kind: ApiKeyStore['kind']; warning: string | null } {
    return { kind: this.store.kind, warning: this.store.warning };
  }

  /** The key saved for the server at this address, or null. */
  async keyFor(address: string): Promise<string | null> {
    const origin = serverOrigin(address);
    if (!origin) return null;
    await this.adoptLegacyKey();
    return this.store.get(origin);
  }

  /** The key to send with a request to this address; refused rather than sent over plain http. */
  async keyToSend(address: string): Promise<string | null> {
    const key = await this.keyFor(address);
    refuseInsecureKey(address, key);
    return key;
  }

  /** Saves (or with null forgets) the key for the server at this address. */
  async setKeyFor(address: string, key: string | null): Promise<void> {
    const origin = originOf(address);
    refuseInsecureKey(address, key);
    await this.adoptLegacyKey();
    await this.store.set(origin, key);
  }

  private adoptLegacyKey(): Promise<void> {
    // If the old key cannot be moved now (no keychain yet), it stays where it is and the next look-up tries again.
    this.adopted ??= this.store.adoptLegacyKey(this.legacyOrigins()).catch(() => {
      this.adopted = null;
    });
    return this.adopted;
  }
}
