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
  /**
   * Spread the tokens evenly over the whole 30 s window in segments this many
   * seconds long, each opened and closed by its timestamps, as a real decode
   * of steady speech reads (start and end are then unused). whisper.cpp stops
   * decoding at the first timestamp past the end of the audio, so a 10 s
   * request decodes about a third of the tokens: the decode follows the
   * length of the audio, as a real model's follows the words in it.
   */
  readonly segmentSeconds?: number;
}

/** Per-window offset of the trailing timestamp that makes whisper.cpp seek a whole window ahead. */
const WINDOW_END = 30;

/**
 * Segments of `seconds` tiling the window, the tokens shared evenly between
 * them: <|0.00|> w.. <|3.00|> <|3.02|> w.. <|6.00|> ... <|30.00|>. Each
 * timestamp is a distinct token (the decoder only sees the previous one), so
 * a segment opens one step after the last one closed; whisper.cpp requires
 * text between an opening and a closing timestamp.
 */
function pacedSegments(words: readonly number[], seconds: number): number[] {
  const count = Math.round(WINDOW_END / seconds);
  if (count < 1 || words.length < count) throw new Error('each paced segment needs at least one token');
  const chain: number[] = [];
  for (let k = 0; k < count; k++) {
    const from = Math.round((k * words.length) / count);
    const to = Math.round(((k + 1) * words.length) / count);
    chain.push(timestampToken(k * seconds + (k > 0 ? 0.02 : 0)), ...words.slice(from, to));
    chain.push(timestampToken(k + 1 === count ? WINDOW_END : (k + 1) * seconds));
  }
  return chain;
}

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

  const chain =
    options.segmentSeconds === undefined
      ? [
          timestampToken(options.start ?? 0),
          ...words,
          timestampToken(options.end ?? 1),
          timestampToken(WINDOW_END),
          enSpecial.eot,
        ]
      : [...pacedSegments(words, options.segmentSeconds), enSpecial.eot];
  const startTs = chain[0]!;
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
