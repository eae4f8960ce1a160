import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dispatch } from '../../transport/dispatch';
import { createHandlers } from '../../transport/handlers/index';
import { silentLogger } from '../../logger';
import { apiCaller } from '../../testing/api-caller';
import { tempServices } from '../../testing/temp-services';
import { writeScriptedModel } from '../testing/scripted-model';

const services = tempServices();
const { result } = apiCaller(() => services);
const dir = path.join(services.paths.dataDir, 'elsewhere');
fs.mkdirSync(dir);
afterAll(() => services.dispose());

const importModel = (file: string) => result('transcription.models.import', { path: file });

describe('importing a model from a path', () => {
  it('gives one answer for a pipe, a system file, a missing file and a folder, and none hangs', async () => {
    const fifo = path.join(dir, 'ggml-pipe.bin');
    execFileSync('mkfifo', [fifo]);
    const candidates = [fifo, '/etc/passwd', path.join(dir, 'missing.bin'), dir];
    // Several pipes at once: each used to hold one of libuv's four file-I/O threads until a writer came.
    const outcomes = await Promise.all([...candidates, fifo, fifo, fifo].map(importModel));
    const [first] = outcomes;
    expect(first).toMatchObject({ ok: false, error: { code: 'BAD_FILE' } });
    for (const outcome of outcomes) expect(outcome).toEqual(first);
    // File I/O still flows: no thread is stuck on a pipe.
    fs.writeFileSync(path.join(dir, 'probe.txt'), 'flows');
    expect(await fs.promises.readFile(path.join(dir, 'probe.txt'), 'utf8')).toBe('flows');
    expect(fs.readdirSync(services.paths.modelsDir)).toEqual([]);
  }, 20_000);

  it('refuses files too small to be a model before reading them, and still imports a real one', async () => {
    const tiny = path.join(dir, 'ggml-tiny-fake.bin');
    fs.writeFileSync(tiny, Buffer.from([0x6c, 0x6d, 0x67, 0x67]));
    const refusedTiny = await importModel(tiny);
    const refusedMissing = await importModel(path.join(dir, 'nope.bin'));
    expect(refusedTiny).toEqual(refusedMissing);

    const real = path.join(dir, 'My Model.bin');
    writeScriptedModel(real, { tokens: [' Hi'] });
    expect(await importModel(real)).toMatchObject({ ok: true, value: { name: 'My-Model', installed: true } });
    expect(fs.readdirSync(services.paths.modelsDir)).toEqual(['ggml-My-Model.bin']);
  });

  it('imports the file picked in the desktop app’s dialog, and nothing when the dialog is cancelled', async () => {
    const picked = path.join(dir, 'Picked.bin');
    writeScriptedModel(picked, { tokens: [' Hi'] });
    const importChosen = (chooseModelFile?: () => Promise<string | null>) =>
      dispatch(createHandlers(services), 'transcription.models.importChosen', {}, { chooseModelFile }, silentLogger);
    expect(await importChosen(() => Promise.resolve(picked))).toMatchObject({ ok: true, value: { name: 'Picked' } });
    expect(await importChosen(() => Promise.resolve(null))).toEqual({ ok: true, value: null });
    // Browser mode has no system dialog to show.
    expect(await importChosen()).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
  });
});
