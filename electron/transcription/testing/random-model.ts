import { writeGgmlModel, type TensorFiller } from './ggml-model-writer';
import type { WhisperShape } from './model-shapes';
import { buildVocab } from './vocab';

/** xorshift32: fast and seeded, so a bench model is the same on every run. */
function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return x >>> 0;
  };
}

/**
 * Random weights: real-sized compute, garbage text. Half-float bits are drawn
 * directly (sign, exponent 2^-7..2^-6, mantissa) so a 150 MB model takes about
 * a second rather than a float conversion per weight.
 */
export function randomFiller(seed = 1): TensorFiller {
  const next = xorshift(seed);
  return (spec, isHalf) => {
    const n = spec.ne.reduce((a, b) => a * b, 1);
    if (isHalf) {
      const out = new Uint16Array(n);
      for (let i = 0; i < n; i++) {
        const r = next();
        out[i] = (r & 0x8000) | ((8 + ((r >>> 16) & 1)) << 10) | (r & 0x3ff);
      }
      return out;
    }
    const out = new Float32Array(n);
    // Layer-norm weights near 1 keep activations in a sane range; everything else small.
    const isNormWeight = /ln(_post)?\.weight$/.test(spec.name) || spec.name.endsWith('_ln.weight');
    for (let i = 0; i < n; i++) {
      const u = next() / 0x1_0000_0000 - 0.5;
      out[i] = isNormWeight ? 1 + 0.1 * u : 0.04 * u;
    }
    return out;
  };
}

export function writeRandomModel(file: string, shape: WhisperShape, seed = 1): void {
  writeGgmlModel(file, shape, buildVocab(), { half: true, fill: randomFiller(seed) });
}
