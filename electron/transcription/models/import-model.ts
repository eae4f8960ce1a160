import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { AppError } from '../../api/app-error';
import { catalogueEntry } from './catalogue';
import { hasModelMagic, inspectModelFile } from './model-file';

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

async function sha1Of(file: string): Promise<string> {
  const hash = createHash('sha1');
  await pipeline(fs.createReadStream(file), hash);
  return hash.digest('hex');
}

/**
 * Copies a model file the user already has into the models folder. The header
 * is checked before copying anything; the whole layout after. A file named like
 * a catalogue model but with other contents keeps a distinct name, so it is never
 * mistaken for the published one.
 */
export async function importModelFile(source: string, fileFor: (name: string) => string): Promise<string> {
  if (!fs.existsSync(source)) throw new AppError('NOT_FOUND', 'That file does not exist.');
  if (!(await hasModelMagic(source))) {
    throw new AppError(
      'BAD_FILE',
      'That is not a whisper.cpp model (.bin in ggml format). GGUF, PyTorch and ONNX files cannot be used.',
    );
  }
  await inspectModelFile(source);
  let name = modelNameFromFile(source);
  const entry = catalogueEntry(name);
  if (entry && (await sha1Of(source)) !== entry.sha1) name = `${name}-imported`;
  const target = fileFor(name);
  const part = `${target}.part`;
  try {
    await fs.promises.copyFile(source, part);
    await fs.promises.rename(part, target);
  } catch (error) {
    await fs.promises.rm(part, { force: true });
    throw error;
  }
  return name;
}
