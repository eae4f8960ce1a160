import fs from 'node:fs/promises';
import { AppError } from '../../api/app-error';

export const GGML_MAGIC = 0x67676d6c;

/** Bytes per block and elements per block of the tensor types whisper.cpp models use. */
const TYPE_SIZES: Record<number, [bytes: number, elements: number]> = {
  0: [4, 1], // f32
  1: [2, 1], // f16
  2: [18, 32], // q4_0
  3: [20, 32], // q4_1
  6: [22, 32], // q5_0
  7: [24, 32], // q5_1
  8: [34, 32], // q8_0
};

export interface ModelFileInfo {
  readonly multilingual: boolean;
  readonly audioLayers: number;
  readonly textLayers: number;
  readonly state: number;
  readonly tensors: number;
}

/** Sequential reads over a file handle with cheap skips over tensor data. */
class Cursor {
  private buf = Buffer.alloc(0);
  private bufStart = 0;
  position = 0;
  constructor(
    private readonly handle: fs.FileHandle,
    readonly size: number,
  ) {}

  async bytes(n: number): Promise<Buffer> {
    if (this.position + n > this.size) throw new Error('file ends early');
    if (this.position < this.bufStart || this.position + n > this.bufStart + this.buf.length) {
      // Small reads: tensor headers sit far apart in a file of up to 3 GB.
      this.buf = Buffer.alloc(Math.max(n, 16 << 10));
      const { bytesRead } = await this.handle.read(this.buf, 0, this.buf.length, this.position);
      this.buf = this.buf.subarray(0, bytesRead);
      this.bufStart = this.position;
    }
    const at = this.position - this.bufStart;
    this.position += n;
    return this.buf.subarray(at, at + n);
  }

  async int32(): Promise<number> {
    return (await this.bytes(4)).readInt32LE(0);
  }
}

const bad = (why: string) =>
  new AppError('BAD_FILE', `This is not a complete whisper.cpp model file (ggml .bin): ${why}.`);

/**
 * Walks the legacy ggml layout (header, mel filters, vocab, every tensor
 * header) without loading weights. whisper.cpp itself happily "loads" a
 * truncated file with no tensors and transcribes nothing, so completeness is
 * checked here before a file is accepted or used.
 */
export async function inspectModelFile(file: string): Promise<ModelFileInfo> {
  const handle = await fs.open(file, 'r').catch((e: unknown) => {
    throw (e as { code?: string }).code === 'ENOENT' ? new AppError('MODEL_MISSING', 'The model file is missing.') : e;
  });
  try {
    const cursor = new Cursor(handle, (await handle.stat()).size);
    try {
      if ((await cursor.int32()) >>> 0 !== GGML_MAGIC) throw bad('wrong header');
      const h: number[] = [];
      for (let i = 0; i < 11; i++) h.push(await cursor.int32());
      const [nVocab, state, audioLayers, textState, textLayers, nMels] = [0, 2, 4, 6, 8, 9].map((i) => h[i]!) as [
        number,
        number,
        number,
        number,
        number,
        number,
      ];
      if (state !== textState || nMels <= 0 || audioLayers <= 0 || textLayers <= 0) throw bad('impossible sizes');
      const melFloats = (await cursor.int32()) * (await cursor.int32());
      cursor.position += melFloats * 4;
      const tokens = await cursor.int32();
      for (let i = 0; i < tokens; i++) {
        const length = await cursor.int32(); // read before adding: `position += await` would use the old position
        cursor.position += length;
      }
      const expected = 7 + 15 * audioLayers + 4 + 24 * textLayers;
      let tensors = 0;
      while (cursor.position < cursor.size) {
        const [dims, nameLength, type] = [await cursor.int32(), await cursor.int32(), await cursor.int32()];
        const sizes = TYPE_SIZES[type];
        if (dims < 1 || dims > 4 || nameLength < 1 || nameLength > 256 || !sizes) throw bad('damaged tensor table');
        let elements = 1;
        for (let d = 0; d < dims; d++) elements *= await cursor.int32();
        cursor.position += nameLength + Math.ceil(elements / sizes[1]) * sizes[0];
        if (cursor.position > cursor.size) throw bad('file ends early (incomplete download?)');
        tensors++;
      }
      if (tensors !== expected) throw bad(`${tensors} of ${expected} tensors present`);
      return {
        multilingual: nVocab >= 51_865,
        audioLayers: audioLayers,
        textLayers: textLayers,
        state: state,
        tensors,
      };
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw bad(error instanceof Error ? error.message : String(error));
    }
  } finally {
    await handle.close();
  }
}

/** Just the magic: enough to refuse a wrong file at once, before copying gigabytes. */
export async function hasModelMagic(file: string): Promise<boolean> {
  const handle = await fs.open(file, 'r');
  try {
    const buf = Buffer.alloc(4);
    const { bytesRead } = await handle.read(buf, 0, 4, 0);
    return bytesRead === 4 && buf.readUInt32LE(0) === GGML_MAGIC;
  } finally {
    await handle.close();
  }
}
