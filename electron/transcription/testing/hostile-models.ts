import { GGML_MAGIC } from '../models/model-file';
import { writeGgmlModel } from './ggml-model-writer';
import { elementCount, tensorSpecs, type WhisperShape } from './model-shapes';

const int32s = (...values: number[]) => {
  const buf = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => buf.writeInt32LE(v, 4 * i));
  return buf;
};

/**
 * The 80-byte "model" that used to hang the model check: a plausible header,
 * no mel filters, no vocabulary, then one tensor whose size is negative, so
 * that skipping its data lands back on its own header, forever.
 */
export function craftedLoopingModel(): Buffer {
  const header = int32s(GGML_MAGIC, 51_864, 1500, 64, 2, 1, 448, 64, 2, 1, 80, 0);
  const noMelsNoVocab = int32s(0, 0, 0);
  // dims 1, name of 4 bytes, f32, 5 elements back: 4 + 4 * -5 = -16 bytes, the tensor header's own length.
  const tensor = Buffer.concat([int32s(1, 4, 0, -5), Buffer.from('loop')]);
  const file = Buffer.concat([header, noMelsNoVocab, tensor]);
  if (file.length !== 80) throw new Error('the crafted model is meant to be 80 bytes');
  return file;
}

/** A complete model shrunk to a few kilobytes, so a fuzz run can rewrite it thousands of times. */
export const miniShape: WhisperShape = {
  nVocab: 64,
  nAudioCtx: 8,
  nState: 4,
  nHead: 1,
  nAudioLayer: 1,
  nTextCtx: 8,
  nTextLayer: 1,
  nMels: 2,
};

export function writeMiniModel(file: string): void {
  const vocab = Array.from({ length: miniShape.nVocab }, (_, i) => Buffer.from(`t${i}`));
  writeGgmlModel(file, miniShape, vocab, {
    half: false,
    fill: (spec) => new Float32Array(elementCount(spec)),
  });
}

export interface MiniModelLayout {
  /** Byte offsets of every integer field the model check reads: header, mel and vocabulary sizes, token lengths, tensor headers. */
  readonly fields: number[];
  readonly tokenCount: number;
  readonly tensorHeaders: number[];
}

/** Where the fields of a mini model sit, so that a fuzz can rewrite exactly what the parser does arithmetic on. */
export function miniModelLayout(bytes: Buffer): MiniModelLayout {
  const fields = Array.from({ length: 14 }, (_, i) => 4 * i); // magic, 11 hparams, mel rows and bins
  let at = 56 + bytes.readInt32LE(48) * bytes.readInt32LE(52) * 4;
  const tokenCount = at;
  fields.push(at);
  const tokens = bytes.readInt32LE(at);
  at += 4;
  for (let i = 0; i < tokens; i++) {
    fields.push(at);
    at += 4 + bytes.readInt32LE(at);
  }
  const tensorHeaders: number[] = [];
  for (const spec of tensorSpecs(miniShape)) {
    const header = 3 + spec.ne.length;
    tensorHeaders.push(at);
    for (let i = 0; i < header; i++) fields.push(at + 4 * i);
    at += 4 * header + spec.name.length + 4 * elementCount(spec); // every tensor is f32 here
  }
  if (at !== bytes.length) throw new Error('mini model layout not understood');
  return { fields, tokenCount, tensorHeaders };
}

/**
 * Rewrites a model so that a size points back at its own field, the shape of
 * the file that hung the check: a tensor as in craftedLoopingModel(), or a
 * vocabulary of 2^31 - 1 tokens whose first length is -4.
 */
export function rewind(bytes: Buffer, layout: MiniModelLayout, choice: number): void {
  const tensor = layout.tensorHeaders[choice % (layout.tensorHeaders.length + 1)];
  if (tensor === undefined) {
    bytes.writeInt32LE(2 ** 31 - 1, layout.tokenCount);
    bytes.writeInt32LE(-4, layout.tokenCount + 4);
    return;
  }
  [1, 4, 0, -5].forEach((value, i) => bytes.writeInt32LE(value, tensor + 4 * i));
}
