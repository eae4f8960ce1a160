// Timing phrases in guides: "(30 seconds)", "30-Second Pitch", "(2-3 minutes)",
// "(90 seconds each)", "stay under 3 minutes". Ranges count as their upper
// bound: the clock turns red past the longest time the guide allows.

export interface StatedDuration {
  readonly seconds: number;
  /** The phrase as written, for warnings and previews. */
  readonly phrase: string;
}

const number = String.raw`(\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|ninety)`;
const unit = String.raw`(seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)`;
const range = String.raw`${number}(?:\s*(?:-|–|—|to)\s*${number})?`;
const words: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
}; // prettier-ignore

// "(2-3 minutes)", "(90 seconds each)", "(~5 min per answer)": a parenthesis holding only a duration.
const parenthesised = new RegExp(
  String.raw`[(\[]\s*(?:~|about|approx\.?|max\.?|under|up to)?\s*${range}\s*${unit}\.?(?:\s+(?:each|max|per (?:answer|question|item)))?\s*[)\]]`,
  'i',
);
// "30-Second Pitch", "2-minute walkthrough": a duration used as an adjective. Only
// trusted on labels that name a spoken piece, since "a 5-second API response" is not a target.
const adjectival = new RegExp(
  String.raw`(?:^|[\s*_"“(])${range}(?:-(second|minute|min|hour)s?|\s(second|minute|min|hour))\b(?![ -]?(?:before|after|ago|later|early|late))`,
  'i',
);
// "stay under 3 minutes", "keep answers under 90 seconds": a limit for every answer in the guide.
const guideLimit = new RegExp(
  String.raw`\b(?:stay|keep (?:it|them|each answer|your answers?|answers?|responses?)|answers? (?:should )?(?:be|stay))\s+(?:under|below|within|less than|no (?:more|longer) than)\s+${range}\s*${unit}\b`,
  'i',
);

function toNumber(token: string | undefined): number {
  if (!token) return NaN;
  return words[token.toLowerCase()] ?? Number(token);
}

function toSeconds(low: string | undefined, high: string | undefined, unitToken: string): number | null {
  const value = Math.max(toNumber(low), high ? toNumber(high) : 0);
  if (!Number.isFinite(value) || value <= 0) return null;
  const u = unitToken.toLowerCase();
  const factor = u.startsWith('h') ? 3600 : u.startsWith('m') ? 60 : 1;
  const seconds = Math.round(value * factor);
  // Longer than half an hour is a session length, not an answer.
  return seconds >= 5 && seconds <= 1800 ? seconds : null;
}

/** A duration in parentheses, the one form trusted anywhere: "Tell me about yourself (2 minutes)". */
export function findParenthesisedDuration(text: string): StatedDuration | null {
  const paren = parenthesised.exec(text);
  const seconds = paren && toSeconds(paren[1], paren[2], paren[3] ?? '');
  return paren && seconds ? { seconds, phrase: paren[0].trim() } : null;
}

/** A duration on a label that may name a timed piece: parenthesised or adjectival ("30-Second Pitch"). */
export function findDuration(text: string): StatedDuration | null {
  const paren = findParenthesisedDuration(text);
  if (paren) return paren;
  const adjective = adjectival.exec(text);
  const seconds = adjective && toSeconds(adjective[1], adjective[2], adjective[3] ?? adjective[4] ?? '');
  return adjective && seconds ? { seconds, phrase: adjective[0].replace(/^[\s*_"“(]/, '').trim() } : null;
}

/** A limit meant for every answer in the guide ("stay under 3 minutes"). */
export function findGuideLimit(text: string): StatedDuration | null {
  const match = guideLimit.exec(text);
  if (!match) return null;
  const seconds = toSeconds(match[1], match[2], match[3] ?? '');
  return seconds ? { seconds, phrase: match[0] } : null;
}

/** Removes a trailing parenthesised duration or note: "Behavioral (2 minutes each)" names the section "Behavioral". */
export function withoutTrailingNote(text: string): string {
  const stripped = text.replace(/\s*[([][^()[\]]*[)\]]\s*$/, '').trim();
  return stripped || text;
}

// '"Tell me about yourself" (target: 2 minutes)': a script's heading states its target after the prompt.
const targetSuffix = new RegExp(
  String.raw`\s*[(\[]\s*(?:target|time|timing|aim|limit|length)\s*[:=–—-]?\s*(?:~|about|under|up to)?\s*${range}\s*${unit}\.?\s*[)\]]\s*$`,
  'i',
);

/** A "(target: 2 minutes)" suffix: the prompt without it and the target it states. */
export function findTargetSuffix(text: string): { rest: string; seconds: number } | null {
  const match = targetSuffix.exec(text);
  const seconds = match && toSeconds(match[1], match[2], match[3] ?? '');
  return match && seconds ? { rest: text.slice(0, match.index).trim(), seconds } : null;
}
