// Speech recognisers write numbers either way ("ninety ninth" or "99th"); model answers mostly use digits.
// Turning spoken numbers into digits lets "five hundred millicores" meet "500m".

const units: Record<string, number> = {
  zero: 0,
  oh: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const tens: Record<string, number> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const ordinals: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1000,
};
const scales: Record<string, number> = { hundred: 100, thousand: 1000, million: 1e6, billion: 1e9 };

export interface NumberRun {
  /** How many input words the number used. */
  length: number;
  value: number;
  ordinal: boolean;
}

export function isNumberWord(word: string): boolean {
  return word in units || word in tens || word in ordinals || word in scales;
}

/**
 * Reads the longest spoken number starting at `start` ("two hundred and fifty", "ninety ninth", "three point five").
 * A lone "one"/"oh" or a lone ordinal ("first", "second") is left alone: they are usually words, not numbers.
 */
export function readNumberWords(words: readonly string[], start: number): NumberRun | null {
  let total = 0;
  let current = 0;
  let used = 0;
  let ordinal = false;
  let fraction = '';
  // What the previous word was; "nine nine" or "three and four" are two numbers, not one.
  let last: 'none' | 'unit' | 'tens' | 'scale' = 'none';
  for (let i = start; i < words.length; i++) {
    const word = words[i] ?? '';
    const canTakeUnit = last === 'none' || last === 'tens' || last === 'scale';
    // "a hundred", "a thousand": the article stands for one.
    if (word === 'a' && last === 'none' && (words[i + 1] ?? '') in scales) {
      current = 1;
      last = 'unit';
      used = 1;
      continue;
    }
    if (word === 'and' && last === 'scale' && isNumberWord(words[i + 1] ?? '')) continue;
    if (word === 'point' && used > 0 && (words[i + 1] ?? '') in units) {
      let j = i + 1;
      for (; j < words.length && (words[j] ?? '') in units; j++) fraction += String(units[words[j] ?? '']);
      used = j - start;
      break;
    }
    if (word in units && canTakeUnit) {
      current += units[word] ?? 0;
      last = 'unit';
    } else if (word in tens && (last === 'none' || last === 'scale')) {
      current += tens[word] ?? 0;
      last = 'tens';
    } else if (word in ordinals && canTakeUnit) {
      current += ordinals[word] ?? 0;
      ordinal = true;
      used = i - start + 1;
      break;
    } else if (word in scales && last !== 'none') {
      const scale = scales[word] ?? 1;
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      last = 'scale';
    } else break;
    used = i - start + 1;
  }
  if (used === 0) return null;
  const value = Number(`${total + current}${fraction ? `.${fraction}` : ''}`);
  const single = used === 1;
  const first = words[start] ?? '';
  if (
    single &&
    (first === 'one' || first === 'oh' || (ordinal && ordinals[first] !== undefined && ordinals[first] < 3))
  ) {
    return null;
  }
  return { length: used, value, ordinal };
}
