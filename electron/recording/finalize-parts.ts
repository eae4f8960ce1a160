import fs from 'node:fs/promises';
import { pcmDurationMs, WAV_HEADER_BYTES, wavHeader, wholeFrames } from './wav-format';
import { writeSeekableWebm } from './webm-seekable';

export interface FinalizedWebm {
  durationMs: number;
  /** False when there was no room for the seekable copy: the raw recording is kept instead. */
  seekable: boolean;
}

const exists = (file: string) =>
  fs.stat(file).then(
    () => true,
    () => false,
  );

/**
 * Turns `<id>.wav.part` into `<id>.wav`: whole frames only, header sizes
 * written, synced, then renamed. Null when no audio was captured.
 */
export async function finalizeWavPart(partFile: string, finalFile: string): Promise<{ durationMs: number } | null> {
  if (!(await exists(partFile))) return null;
  const handle = await fs.open(partFile, 'r+');
  let dataBytes: number;
  try {
    const { size } = await handle.stat();
    dataBytes = wholeFrames(size - WAV_HEADER_BYTES);
    await handle.write(wavHeader(dataBytes), 0, WAV_HEADER_BYTES, 0);
    await handle.truncate(WAV_HEADER_BYTES + dataBytes);
    await handle.datasync();
  } finally {
    await handle.close();
  }
  if (dataBytes === 0) {
    await fs.rm(partFile, { force: true });
    return null;
  }
  await fs.rename(partFile, finalFile);
  return { durationMs: pcmDurationMs(dataBytes) };
}

/**
 * Turns `<id>.webm.part` into a seekable `<id>.webm` (a copy with Duration and
 * Cues, then an atomic rename). Null when the part holds no media at all.
 */
export async function finalizeWebmPart(partFile: string, finalFile: string): Promise<FinalizedWebm | null> {
  if (!(await exists(partFile))) return null;
  const temp = `${finalFile}.tmp`;
  try {
    const result = await writeSeekableWebm(partFile, temp);
    if (!result) {
      await fs.rm(temp, { force: true });
      await fs.rm(partFile, { force: true });
      return null;
    }
    await fs.rename(temp, finalFile);
    await fs.rm(partFile, { force: true });
    return { durationMs: result.durationMs, seekable: true };
  } catch (error) {
    await fs.rm(temp, { force: true });
    // Out of space for the copy: keep the answer playable rather than lose it.
    if ((error as { code?: string }).code !== 'ENOSPC') throw error;
    await fs.rename(partFile, finalFile);
    return { durationMs: 0, seekable: false };
  }
}
