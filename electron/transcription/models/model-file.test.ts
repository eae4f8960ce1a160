import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { craftedLoopingModel, writeMiniModel } from '../testing/hostile-models';
import { writeScriptedModel } from '../testing/scripted-model';
import { inspectModelFile } from './model-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-model-file-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const withBytes = (name: string, bytes: Buffer) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, bytes);
  return file;
};

const int32At = (bytes: Buffer, offset: number, value: number) => {
  const copy = Buffer.from(bytes);
  copy.writeInt32LE(value, offset);
  return copy;
};

describe('model file check', () => {
  it('accepts complete models', async () => {
    const scripted = path.join(dir, 'scripted.bin');
    writeScriptedModel(scripted, { tokens: [' Hi'] });
    await expect(inspectModelFile(scripted)).resolves.toMatchObject({ audioLayers: 1, textLayers: 1, state: 64 });
    const mini = path.join(dir, 'mini.bin');
    writeMiniModel(mini);
    await expect(inspectModelFile(mini)).resolves.toMatchObject({ tensors: 7 + 15 + 4 + 24 });
  });

  it('refuses the 80-byte model whose negative tensor size used to loop forever', async () => {
    await expect(inspectModelFile(withBytes('loop.bin', craftedLoopingModel()))).rejects.toMatchObject({
      code: 'BAD_FILE',
      detail: { reason: 'not-ggml' },
    });
  }, 5_000);

  it('refuses negative and oversized counts wherever they sit', async () => {
    const mini = path.join(dir, 'mini.bin');
    writeMiniModel(mini);
    const bytes = fs.readFileSync(mini);
    const melRows = 48;
    const tokenCount = 56 + bytes.readInt32LE(48) * bytes.readInt32LE(52) * 4;
    const firstTokenLength = tokenCount + 4;
    const cases = [
      int32At(bytes, melRows, -1),
      int32At(bytes, melRows, 2 ** 31 - 1),
      int32At(bytes, tokenCount, -5),
      int32At(bytes, tokenCount, 2 ** 31 - 1),
      int32At(bytes, firstTokenLength, -4), // pointed back at itself
      int32At(bytes, firstTokenLength, 2 ** 30), // past the end of the file
      int32At(bytes, 20 /* audio layers */, 2 ** 30),
    ];
    for (const [i, mutated] of cases.entries()) {
      await expect(inspectModelFile(withBytes(`case-${i}.bin`, mutated)), `case ${i}`).rejects.toMatchObject({
        code: 'BAD_FILE',
      });
    }
  }, 5_000);
});
