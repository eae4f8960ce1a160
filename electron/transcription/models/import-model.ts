import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { catalogueEntry } from './catalogue';
import { inspectModelHandle } from './model-file';
import { openModelSource, unusableModelFile } from './model-source';

/** "ggml-base.en.bin" -> "base.en"; "My Model (1).bin" -> "My-Model-1". */
export function modelNameFromFile(file: string): string {
  const stem = path
    .basename(file)
    .replace(/\.bin$/i, '')
    .replace(/^ggml-/, '');
  return (
    stem
      .replace(/[^\w.-]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80) || 'imported'
  );
}

/**
 * Copies a model file the user already has into the models folder. The file
 * is opened once, checked (regular file, size, the whole ggml layout) and
 * copied from that same handle, hashing as it goes. A file named like a
 * catalogue model but with other contents keeps a distinct name, so it is
 * never mistaken for the published one.
 */
export async function importModelFile(source: string, fileFor: (name: string) => string): Promise<string> {
  const handle = await openModelSource(source);
  try {
    await inspectModelHandle(handle).catch(() => {
      throw unusableModelFile();
    });
    const name = modelNameFromFile(source);
    // Not `.part`: that is a paused download of the same model, which an import must not overwrite.
    const partial = `${fileFor(name)}.importing`;
    try {
      const hash = createHash('sha1');
      const hashing = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          done(null, chunk);
        },
      });
      await pipeline(handle.createReadStream({ start: 0, autoClose: false }), hashing, fs.createWriteStream(partial));
      const entry = catalogueEntry(name);
      const finalName = entry && hash.digest('hex') !== entry.sha1 ? `${name}-imported` : name;
      await fs.promises.rename(partial, fileFor(finalName));
      return finalName;
    } catch (error) {
      await fs.promises.rm(partial, { force: true });
      throw error;
    }
  } finally {
    await handle.close();
  }
}
