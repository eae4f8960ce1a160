import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileApiKeyStore } from './api-key-store';

describe('FileApiKeyStore', () => {
  it('keeps the key in a file only the user can read, and forgets it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-key-'));
    const store = new FileApiKeyStore(dir);
    expect(await store.get()).toBeNull();
    await store.set('sk-secret');
    expect(await store.get()).toBe('sk-secret');
    const file = path.join(dir, 'openai-api-key');
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(store.warning).toContain(file);
    await store.set(null);
    expect(await store.get()).toBeNull();
    expect(fs.existsSync(file)).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
