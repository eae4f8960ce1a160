/**
 * A stand-in for the GPT-2 vocabulary of Whisper's English-only models. The
 * loader only needs 50 257 entries with the special-token ids in place; text
 * tokens are stored as raw bytes (" Hello" with its leading space).
 */
export const EN_TEXT_TOKENS = 50_257;

/** Token ids fixed by whisper.cpp for English-only (51 864-token) models. */
export const enSpecial = {
  eot: 50_256,
  sot: 50_257,
  prev: 50_360,
  nosp: 50_361,
  notimestamps: 50_362,
  timestampBegin: 50_363,
} as const;

/** Id of the `<|t|>` timestamp token, in whisper's 20 ms steps. */
export const timestampToken = (seconds: number) => enSpecial.timestampBegin + Math.round(seconds / 0.02);

const COMMON = (
  'the be to of and a in that have I it for not on with he as you do at this but his by from they we say her she ' +
  'or an will my one all would there their what so up out if about who get which go me when make can like time no ' +
  'just him know take people into year your good some could them see other than then now look only come its over ' +
  'think also back after use two how our work first well way even new want because any these give day most us ' +
  'um uh er ah hmm mean actually basically right okay yeah'
).split(' ');

/** GPT-2 puts printable bytes first; keeping that order puts " " at id 220 as in the real vocabulary. */
function byteOrder(): number[] {
  const printable: number[] = [];
  for (let b = 33; b <= 126; b++) printable.push(b);
  for (let b = 161; b <= 172; b++) printable.push(b);
  for (let b = 174; b <= 255; b++) printable.push(b);
  const rest = Array.from({ length: 256 }, (_, b) => b).filter((b) => !printable.includes(b));
  return [...printable, ...rest];
}

/** Builds the token list; `required` tokens (e.g. a scripted sentence) are guaranteed to be present. */
export function buildVocab(required: readonly string[] = []): Buffer[] {
  const tokens: Buffer[] = byteOrder().map((b) => Buffer.from([b]));
  const seen = new Set(tokens.map((t) => t.toString('latin1')));
  const add = (text: string) => {
    const bytes = Buffer.from(text, 'utf8');
    const key = bytes.toString('latin1');
    if (seen.has(key) || tokens.length >= enSpecial.eot) return;
    seen.add(key);
    tokens.push(bytes);
  };
  for (const text of required) add(text);
  for (const word of COMMON) {
    add(` ${word}`);
    add(word);
  }
  for (let i = 0; tokens.length < enSpecial.eot; i++) add(` w${i.toString(36)}`);
  tokens.push(Buffer.from('<|endoftext|>'));
  return tokens;
}
