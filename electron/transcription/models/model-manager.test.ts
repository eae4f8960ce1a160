import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFileServer } from '../testing/file-server';
import { writeScriptedModel } from '../testing/scripted-model';
import { ModelManager, type ModelEvent } from './model-manager';

let dir: string;
let modelBytes: Buffer;
let server: Awaited<ReturnType<typeof startFileServer>>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-models-'));
  writeScriptedModel(path.join(dir, 'source.bin'), { tokens: [' Hi'] });
  modelBytes = fs.readFileSync(path.join(dir, 'source.bin'));
  server = await startFileServer({
    '/ggml-tiny.en.bin': { body: modelBytes, behaviour: 'slow' },
    '/ggml-base.en.bin': { body: modelBytes },
  });
});
afterAll(async () => {
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function manager(name: string, events: ModelEvent[] = []) {
  const modelsDir = path.join(dir, name);
  fs.mkdirSync(modelsDir, { recursive: true });
  const hashes = {
    sha1: createHash('sha1').update(modelBytes).digest('hex'),
    sha256: createHash('sha256').update(modelBytes).digest('hex'),
  };
  return new ModelManager({
    modelsDir,
    baseUrl: server.url,
    onEvent: (e) => events.push(e),
    downloadOverrides: hashes,
  });
}

describe('ModelManager', () => {
  it('lists the catalogue with base.en recommended and nothing installed', () => {
    const { models, diskBytes } = manager('empty').list();
    expect(models.map((m) => m.name)).toEqual(
      expect.arrayContaining(['tiny.en', 'base.en', 'small.en', 'base.en-q5_1', 'base']),
    );
    expect(models.find((m) => m.recommended)).toMatchObject({
      name: 'base.en',
      sizeBytes: 147_964_211,
      installed: false,
    });
    expect(diskBytes).toBe(0);
  });

  it('downloads a model, emitting progress then installed', async () => {
    const events: ModelEvent[] = [];
    const m = manager('download', events);
    await m.download('base.en');
    expect(m.installedFile('base.en')).not.toBeNull();
    expect(events.at(-1)).toMatchObject({ name: 'base.en', state: 'installed' });
    expect(m.list().models.find((x) => x.name === 'base.en')).toMatchObject({ installed: true, download: null });
    expect(m.list().diskBytes).toBe(modelBytes.length);
    await m.delete('base.en');
    expect(m.installedFile('base.en')).toBeNull();
    expect(m.list().diskBytes).toBe(0);
  });

  it('pauses keeping the .part, resumes with Range, and cancel removes the .part', async () => {
    const events: ModelEvent[] = [];
    const m = manager('pause', events);
    const first = m.download('tiny.en');
    await new Promise((r) => setTimeout(r, 300));
    m.pause('tiny.en');
    await first;
    expect(events.at(-1)).toMatchObject({ state: 'paused' });
    const paused = m.list().models.find((x) => x.name === 'tiny.en')!;
    expect(paused.download).toMatchObject({ state: 'paused' });
    expect(paused.download!.receivedBytes).toBeGreaterThan(0);

    server.requests.length = 0;
    const second = m.download('tiny.en');
    await new Promise((r) => setTimeout(r, 200));
    expect(server.requests[0]!.range).toBe(`bytes=${paused.download!.receivedBytes}-`);
    m.cancel('tiny.en');
    await second;
    expect(events.at(-1)).toMatchObject({ state: 'canceled' });
    expect(fs.readdirSync(path.join(dir, 'pause'))).toEqual([]);
  });

  it('imports a model file validated by its header, refusing other files', async () => {
    const m = manager('import');
    const file = path.join(dir, 'My Model.bin');
    fs.copyFileSync(path.join(dir, 'source.bin'), file);
    const info = await m.import(file);
    expect(info).toMatchObject({ name: 'My-Model', installed: true, source: 'imported' });

    const fake = path.join(dir, 'ggml-base.en.bin');
    fs.copyFileSync(path.join(dir, 'source.bin'), fake);
    expect(await m.import(fake)).toMatchObject({ name: 'base.en-imported', source: 'imported' });

    const notModel = path.join(dir, 'notes.bin');
    fs.writeFileSync(notModel, 'GGUF and other things');
    await expect(m.import(notModel)).rejects.toMatchObject({ code: 'BAD_FILE' });
    const truncated = path.join(dir, 'truncated.bin');
    fs.writeFileSync(truncated, modelBytes.subarray(0, modelBytes.length - 10));
    await expect(m.import(truncated)).rejects.toMatchObject({ code: 'BAD_FILE' });
    expect(m.installedNames().sort()).toEqual(['My-Model', 'base.en-imported']);
  });
});
