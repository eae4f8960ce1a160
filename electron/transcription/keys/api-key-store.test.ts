import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileApiKeyStore } from './api-key-store';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-key-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const openAi = 'https://api.openai.com';
const local = 'http://127.0.0.1:8080';

describe('FileApiKeyStore', () => {
  it('keeps one key per server in a file only the user can read, and forgets each on its own', async () => {
    const store = new FileApiKeyStore(dir);
    expect(await store.get(openAi)).toBeNull();
    await store.set(openAi, 'sk-openai');
    await store.set(local, 'sk-local');
    expect(await store.get(openAi)).toBe('sk-openai');
    expect(await store.get(local)).toBe('sk-local');
    // Another port is another server.
    expect(await store.get('http://127.0.0.1:8081')).toBeNull();
    const file = path.join(dir, 'api-keys.json');
    if (process.platform !== 'win32') expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(store.warning).toContain(file);

    await store.set(openAi, null);
    expect(await store.get(openAi)).toBeNull();
    expect(await store.get(local)).toBe('sk-local');
    await store.set(local, null);
    expect(fs.existsSync(file)).toBe(false);
  });

  it('keeps both of two keys saved at the same moment', async () => {
    const store = new FileApiKeyStore(dir);
    await Promise.all([store.set(openAi, 'sk-a'), store.set(local, 'sk-b')]);
    expect(await new FileApiKeyStore(dir).get(openAi)).toBe('sk-a');
    expect(await new FileApiKeyStore(dir).get(local)).toBe('sk-b');
  });

  it('gives the single key of earlier versions to the servers it was sent to, once', async () => {
    const legacy = path.join(dir, 'openai-api-key');
    fs.writeFileSync(legacy, 'sk-old\n', { mode: 0o600 });
    const store = new FileApiKeyStore(dir);
    await store.set(local, 'sk-local');
    await store.adoptLegacyKey([openAi, local]);
    expect(await store.get(openAi)).toBe('sk-old');
    // A key already saved for a server is kept.
    expect(await store.get(local)).toBe('sk-local');
    expect(await store.get('https://example.com')).toBeNull();
    expect(fs.existsSync(legacy)).toBe(false);
    await store.adoptLegacyKey(['https://example.com']);
    expect(await store.get('https://example.com')).toBeNull();
  });

  it('reads a damaged key file as no keys instead of failing', async () => {
    fs.writeFileSync(path.join(dir, 'api-keys.json'), '{"version":1,"keys":');
    const store = new FileApiKeyStore(dir);
    expect(await store.get(openAi)).toBeNull();
    await store.set(openAi, 'sk-new');
    expect(await store.get(openAi)).toBe('sk-new');
  });
});
