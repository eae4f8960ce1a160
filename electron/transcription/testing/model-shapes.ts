/**
 * Hyper-parameters and the tensor list of whisper.cpp's legacy ggml format, as
 * declared by `whisper_model_load()` in src/whisper.cpp. Shapes are in ggml
 * order (ne0 first = the row length), which is the reverse of PyTorch's.
 */
export interface WhisperShape {
  readonly nVocab: number;
  readonly nAudioCtx: number;
  readonly nState: number;
  readonly nHead: number;
  readonly nAudioLayer: number;
  readonly nTextCtx: number;
  readonly nTextLayer: number;
  readonly nMels: number;
}

const base = { nVocab: 51_864, nAudioCtx: 1500, nTextCtx: 448, nMels: 80 };

export const shapes = {
  /** Loads everywhere, generates in well under a second; for tests. (2 text layers would mean "distil".) */
  small: { ...base, nState: 64, nHead: 2, nAudioLayer: 1, nTextLayer: 1 },
  tinyEn: { ...base, nState: 384, nHead: 6, nAudioLayer: 4, nTextLayer: 4 },
  baseEn: { ...base, nState: 512, nHead: 8, nAudioLayer: 6, nTextLayer: 6 },
} satisfies Record<string, WhisperShape>;

export type TensorKind = 'vector' | 'matrix' | 'conv' | 'positional';

export interface TensorSpec {
  readonly name: string;
  readonly ne: readonly number[];
  /** Matrices and conv kernels follow the model's ftype; the rest are always f32. */
  readonly kind: TensorKind;
}

function block(prefix: string, s: number, cross: boolean): TensorSpec[] {
  const v = (name: string, n = s): TensorSpec => ({ name: `${prefix}.${name}`, ne: [n], kind: 'vector' });
  const m = (name: string, ne: number[]): TensorSpec => ({ name: `${prefix}.${name}`, ne, kind: 'matrix' });
  const attention = (a: string) => [
    v(`${a}_ln.weight`),
    v(`${a}_ln.bias`),
    m(`${a}.query.weight`, [s, s]),
    v(`${a}.query.bias`),
    m(`${a}.key.weight`, [s, s]),
    m(`${a}.value.weight`, [s, s]),
    v(`${a}.value.bias`),
    m(`${a}.out.weight`, [s, s]),
    v(`${a}.out.bias`),
  ];
  return [
    v('mlp_ln.weight'),
    v('mlp_ln.bias'),
    m('mlp.0.weight', [s, 4 * s]),
    v('mlp.0.bias', 4 * s),
    m('mlp.2.weight', [4 * s, s]),
    v('mlp.2.bias'),
    ...attention('attn'),
    ...(cross ? attention('cross_attn') : []),
  ];
}

export function tensorSpecs(shape: WhisperShape): TensorSpec[] {
  const s = shape.nState;
  const specs: TensorSpec[] = [
    { name: 'encoder.positional_embedding', ne: [s, shape.nAudioCtx], kind: 'positional' },
    { name: 'encoder.conv1.weight', ne: [3, shape.nMels, s], kind: 'conv' },
    { name: 'encoder.conv1.bias', ne: [1, s], kind: 'positional' },
    { name: 'encoder.conv2.weight', ne: [3, s, s], kind: 'conv' },
    { name: 'encoder.conv2.bias', ne: [1, s], kind: 'positional' },
    { name: 'encoder.ln_post.weight', ne: [s], kind: 'vector' },
    { name: 'encoder.ln_post.bias', ne: [s], kind: 'vector' },
  ];
  for (let i = 0; i < shape.nAudioLayer; i++) specs.push(...block(`encoder.blocks.${i}`, s, false));
  specs.push(
    { name: 'decoder.positional_embedding', ne: [s, shape.nTextCtx], kind: 'positional' },
    { name: 'decoder.token_embedding.weight', ne: [s, shape.nVocab], kind: 'matrix' },
    { name: 'decoder.ln.weight', ne: [s], kind: 'vector' },
    { name: 'decoder.ln.bias', ne: [s], kind: 'vector' },
  );
  for (let i = 0; i < shape.nTextLayer; i++) specs.push(...block(`decoder.blocks.${i}`, s, true));
  return specs;
}

export const elementCount = (spec: TensorSpec) => spec.ne.reduce((a, b) => a * b, 1);
