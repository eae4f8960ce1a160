import fs from 'node:fs/promises';
import { AppError } from '@contract/app-error';

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

/**
 * Limits a real whisper.cpp model stays far inside (large-v3: 32 layers, 51,866
 * tokens, 128 mel bins). A crafted header can claim anything; these keep the
 * walk over it short whatever it claims.
 */
const LIMITS = { layers: 256, tokens: 1_000_000, tokenBytes: 4096, mels: 1024, melBins: 65_536, dims: 4 };
const MAX_DIMENSION = 2 ** 31 - 1;

/** Sequential reads over a file handle with cheap, bounds-checked skips over tensor data. */
class Cursor {
  private buf = Buffer.alloc(0);
  private bufStart = 0;
  private at = 0;
  constructor(
    private readonly handle: fs.FileHandle,
    readonly size: number,
  ) {}

  get position(): number {
    return this.at;
  }

  get atEnd(): boolean {
    return this.at >= this.size;
  }

  async bytes(n: number): Promise<Buffer> {
    if (this.at + n > this.size) throw new Error('file ends early');
    if (this.at < this.bufStart || this.at + n > this.bufStart + this.buf.length) {
      // Small reads: tensor headers sit far apart in a file of up to 3 GB.
      this.buf = Buffer.alloc(Math.max(n, 16 << 10));
      const { bytesRead } = await this.handle.read(this.buf, 0, this.buf.length, this.at);
      this.buf = this.buf.subarray(0, bytesRead);
      this.bufStart = this.at;
    }
    const offset = this.at - this.bufStart;
    this.at += n;
    return this.buf.subarray(offset, offset + n);
  }

  async int32(): Promise<number> {
    return (await this.bytes(4)).readInt32LE(0);
  }

  /** Only ever forwards, never past the end: a negative or huge count is a damaged file, not a seek. */
  advance(n: number, what: string): void {
    if (!Number.isSafeInteger(n) || n < 0) throw bad(`impossible ${what} size`);
    if (this.at + n > this.size) throw bad('file ends early (incomplete download?)');
    this.at += n;
  }
}

const bad = (why: string) => new AppError('BAD_FILE', { reason: 'not-ggml', said: why });

const within = (value: number, min: number, max: number) => value >= min && value <= max;

/**
 * Walks the legacy ggml layout (header, mel filters, vocab, every tensor
 * header) without loading weights. whisper.cpp itself happily "loads" a
 * truncated file with no tensors and transcribes nothing, so completeness is
 * checked here before a file is accepted or used. Every count is bounded and
 * every skip goes forwards, so a crafted file is refused after at most a few
 * thousand small reads.
 */
export async function inspectModelFile(file: string): Promise<ModelFileInfo> {
  const handle = await fs.open(file, 'r').catch((e: unknown) => {
    throw (e as { code?: string }).code === 'ENOENT'
      ? new AppError('MODEL_MISSING', { reason: 'model-file-missing' })
      : e;
  });
  try {
    return await inspectModelHandle(handle);
  } finally {
    await handle.close();
  }
}

/** The same check over a file already open (an import checks the very file it then copies). */
export async function inspectModelHandle(handle: fs.FileHandle): Promise<ModelFileInfo> {
  const cursor = new Cursor(handle, (await handle.stat()).size);
  try {
    return await walkModel(cursor);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw bad(error instanceof Error ? error.message : String(error));
  }
}

async function walkModel(cursor: Cursor): Promise<ModelFileInfo> {
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
  if (
    state !== textState ||
    state <= 0 ||
    !within(nMels, 1, LIMITS.mels) ||
    !within(audioLayers, 1, LIMITS.layers) ||
    !within(textLayers, 1, LIMITS.layers)
  )
    throw bad('impossible sizes');
  const [melRows, melBins] = [await cursor.int32(), await cursor.int32()];
  if (!within(melRows, 0, LIMITS.mels) || !within(melBins, 0, LIMITS.melBins)) throw bad('impossible mel filters');
  cursor.advance(melRows * melBins * 4, 'mel filter');
  const tokens = await cursor.int32();
  if (!within(tokens, 0, LIMITS.tokens)) throw bad('impossible vocabulary size');
  for (let i = 0; i < tokens; i++) {
    const length = await cursor.int32();
    if (!within(length, 0, LIMITS.tokenBytes)) throw bad('damaged vocabulary');
    cursor.advance(length, 'token');
  }
  const expected = 7 + 15 * audioLayers + 4 + 24 * textLayers;
  let tensors = 0;
  // At most one tensor past the expected count is read: one more is already a wrong file.
  while (!cursor.atEnd && tensors <= expected) {
    const [dims, nameLength, type] = [await cursor.int32(), await cursor.int32(), await cursor.int32()];
    const sizes = TYPE_SIZES[type];
    if (!within(dims, 1, LIMITS.dims) || !within(nameLength, 1, 256) || !sizes) throw bad('damaged tensor table');
    let elements = 1;
    for (let d = 0; d < dims; d++) {
      const extent = await cursor.int32();
      if (!within(extent, 1, MAX_DIMENSION)) throw bad('damaged tensor table');
      elements *= extent;
    }
    // Four dimensions of up to 2^31 can pass 2^53; advance() refuses anything that is not a safe integer.
    cursor.advance(nameLength + Math.ceil(elements / sizes[1]) * sizes[0], 'tensor');
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
}
