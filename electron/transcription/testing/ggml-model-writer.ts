import fs from 'node:fs';
import { GGML_MAGIC } from '../models/model-file';
import { melFilters, N_FFT_BINS } from './mel-filters';
import { elementCount, tensorSpecs, type TensorSpec, type WhisperShape } from './model-shapes';

/** Fills one tensor: f32 tensors get a Float32Array, f16 tensors a Uint16Array of half-float bits. */
export type TensorFiller = (spec: TensorSpec, isHalf: boolean) => Float32Array | Uint16Array;

function int32s(...values: number[]): Buffer {
  const buf = Buffer.alloc(4 * values.length);
  values.forEach((v, i) => buf.writeInt32LE(v, 4 * i));
  return buf;
}

const asBuffer = (array: Float32Array | Uint16Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

/**
 * Streams a whisper.cpp legacy `.bin` model to disk one tensor at a time, so a
 * base-sized model never sits in memory whole. Layout follows
 * models/convert-pt-to-ggml.py: magic, 11 hparams, mel filters, vocab, tensors.
 */
export function writeGgmlModel(
  file: string,
  shape: WhisperShape,
  vocab: readonly Buffer[],
  options: { half: boolean; fill: TensorFiller },
): void {
  const fd = fs.openSync(file, 'w');
  try {
    const write = (buf: Buffer) => fs.writeSync(fd, buf);
    write(
      int32s(
        GGML_MAGIC,
        shape.nVocab,
        shape.nAudioCtx,
        shape.nState,
        shape.nHead,
        shape.nAudioLayer,
        shape.nTextCtx,
        shape.nState,
        shape.nHead,
        shape.nTextLayer,
        shape.nMels,
        options.half ? 1 : 0,
      ),
    );
    write(int32s(shape.nMels, N_FFT_BINS));
    write(asBuffer(melFilters(shape.nMels)));
    write(int32s(vocab.length));
    for (const token of vocab) {
      write(int32s(token.length));
      write(token);
    }
    for (const spec of tensorSpecs(shape)) {
      const isHalf = options.half && (spec.kind === 'matrix' || spec.kind === 'conv');
      const data = options.fill(spec, isHalf);
      const expected = elementCount(spec);
      if (data.length !== expected || data instanceof Uint16Array !== isHalf) {
        throw new Error(`tensor ${spec.name}: filler returned the wrong size or type`);
      }
      const name = Buffer.from(spec.name);
      write(int32s(spec.ne.length, name.length, isHalf ? 1 : 0, ...spec.ne));
      write(name);
      write(asBuffer(data));
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** IEEE half-float bits for a float32 value (round to nearest; enough for test weights). */
export function toHalf(value: number): number {
  const f32 = new Float32Array([value]);
  const bits = new Uint32Array(f32.buffer)[0]!;
  const sign = (bits >>> 16) & 0x8000;
  const exponent = ((bits >>> 23) & 0xff) - 127 + 15;
  const mantissa = bits & 0x7fffff;
  if (exponent <= 0) return sign;
  if (exponent >= 31) return sign | 0x7c00;
  // Adding (not OR-ing) lets a rounded-up mantissa carry into the exponent.
  return sign | ((exponent << 10) + Math.round(mantissa / 0x2000));
}
