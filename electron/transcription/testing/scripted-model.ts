import { toHalf, writeGgmlModel } from './ggml-model-writer';
import { shapes, type TensorSpec, type WhisperShape } from './model-shapes';
import { randomFiller } from './random-model';
import { buildVocab, enSpecial, timestampToken } from './vocab';

export interface ScriptOptions {
  /** Text tokens in order, with their leading spaces (" Hello", " world", "."); each may appear once. */
  readonly tokens: readonly string[];
  /** Segment start and end inside each 30 s window, in seconds (multiples of 0.02). */
  readonly start?: number;
  readonly end?: number;
  readonly shape?: WhisperShape;
  /**
   * Random encoder weights (this seed) instead of zeros. Compute does not
   * depend on the values, so a full-shaped scripted model costs what a real
   * one does per window and per token, while decoding a known, realistic
   * number of tokens (benchmarks).
   */
  readonly encoderSeed?: number;
}

/** Per-window offset of the trailing timestamp that makes whisper.cpp seek a whole window ahead. */
const WINDOW_END = 30;

/**
 * Writes a model whose greedy decode is the scripted sentence whatever the
 * audio. All attention and positional weights are zero, so each step sees
 * only the embedding of the previous token; decoder layer 0's MLP is then a
 * bigram table over orthogonal embedding directions:
 * sot -> <|start|> -> w1 -> ... -> wn -> <|end|> -> <|30.00|> -> eot.
 */
export function writeScriptedModel(file: string, options: ScriptOptions): { text: string } {
  const shape = options.shape ?? shapes.small;
  const vocab = buildVocab(options.tokens);
  const idOf = new Map(vocab.map((token, id) => [token.toString('latin1'), id]));
  const words = options.tokens.map((t) => idOf.get(Buffer.from(t, 'utf8').toString('latin1'))!);
  if (new Set(words).size !== words.length) throw new Error('scripted tokens must be distinct');

  const startTs = timestampToken(options.start ?? 0);
  const endTs = timestampToken(options.end ?? 1);
  const chain = [startTs, ...words, endTs, timestampToken(WINDOW_END), enSpecial.eot];
  const transitions: Array<[number, number]> = [
    [enSpecial.sot, startTs],
    [enSpecial.notimestamps, words[0]!],
  ];
  for (let i = 0; i + 1 < chain.length; i++) transitions.push([chain[i]!, chain[i + 1]!]);

  const states = [...new Set(transitions.flat())];
  if (states.length > shape.nState || transitions.length > 4 * shape.nState) {
    throw new Error('scripted sentence too long for this model shape');
  }
  const dim = new Map(states.map((token, i) => [token, i]));
  const s = shape.nState;
  // LayerNorm of a one-hot vector puts sqrt(s - 1) on its own axis; the bias keeps other rows off.
  const active = Math.sqrt(s - 1) - 2;

  const values = (spec: TensorSpec): Float32Array => {
    const n = spec.ne.reduce((a, b) => a * b, 1);
    const out = new Float32Array(n);
    const name = spec.name;
    if (name === 'decoder.token_embedding.weight') {
      for (const [token, d] of dim) out[token * s + d] = 1;
    } else if (name === 'decoder.ln.weight') {
      out.fill(4); // Sharpens the winning logit to ~30 so no temperature fallback ever triggers.
    } else if (/^decoder\.blocks\.\d+\.(mlp_ln|attn_ln|cross_attn_ln)\.weight$/.test(name)) {
      out.fill(1);
    } else if (name === 'decoder.blocks.0.mlp.0.weight') {
      transitions.forEach(([from], unit) => (out[unit * s + dim.get(from)!] = 1));
    } else if (name === 'decoder.blocks.0.mlp.0.bias') {
      out.fill(-2);
    } else if (name === 'decoder.blocks.0.mlp.2.weight') {
      const hidden = 4 * s;
      transitions.forEach(([from, to], unit) => {
        out[dim.get(to)! * hidden + unit] = 1;
        out[dim.get(from)! * hidden + unit] = -1 / active;
      });
    }
    return out;
  };

  const randomEncoder = options.encoderSeed === undefined ? null : randomFiller(options.encoderSeed);
  writeGgmlModel(file, shape, vocab, {
    half: true,
    fill: (spec, isHalf) => {
      if (randomEncoder && spec.name.startsWith('encoder.')) return randomEncoder(spec, isHalf);
      const f32 = values(spec);
      if (!isHalf) return f32;
      const half = new Uint16Array(f32.length);
      for (let i = 0; i < f32.length; i++) if (f32[i] !== 0) half[i] = toHalf(f32[i]!);
      return half;
    },
  });
  return { text: options.tokens.join('') };
}
