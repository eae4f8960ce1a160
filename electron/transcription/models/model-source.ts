import fs from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { AppError } from '@contract/app-error';

/** The smallest published whisper.cpp model (tiny, 5-bit) is 31 MB; 1 MB leaves room for test models. */
export const MIN_MODEL_BYTES = 1024 * 1024;
/** The largest (large-v3, f16) is 3.1 GB; twice that allows an f32 conversion. */
export const MAX_MODEL_BYTES = 8 * 1024 ** 3;

/**
 * One answer whatever was wrong (missing, a folder, a pipe, /etc/passwd, a
 * damaged model), so the import cannot be used to learn which paths exist.
 */
export const unusableModelFile = () => new AppError('BAD_FILE', { reason: 'not-a-speech-model' });

const modelSized = (stat: fs.Stats) => stat.isFile() && stat.size >= MIN_MODEL_BYTES && stat.size <= MAX_MODEL_BYTES;

/**
 * Opens a file the user named as a model, only if it is a regular file of a
 * model's size. It is looked at before it is opened (opening a named pipe
 * blocks until a writer comes, holding one of the few file-I/O threads), and
 * opened non-blocking and checked again, so a path swapped for a pipe in
 * between still cannot block.
 */
export async function openModelSource(source: string): Promise<FileHandle> {
  const before = await fs.promises.stat(source).catch(() => null);
  if (!before || !modelSized(before)) throw unusableModelFile();
  const flags = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);
  const handle = await fs.promises.open(source, flags).catch(() => {
    throw unusableModelFile();
  });
  const after = await handle.stat().catch(() => null);
  if (!after || !modelSized(after) || after.ino !== before.ino || after.dev !== before.dev) {
    await handle.close();
    throw unusableModelFile();
  }
  return handle;
}
