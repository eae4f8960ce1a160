import { defaultScoreSettings } from '../settings';
import { wordForms } from './lemmatizer';
import { canonicalWord, isNegation, stopWords, synonymPhrases, unitAliases } from './lexicon';
import { readNumberWords } from './number-words';

export type TermKind = 'word' | 'number' | 'unit';

/** One unit of meaning, tied back to the source words it came from. */
export interface Term {
  /** Canonical form used for matching: synonym key, lemma, or a number in digits. */
  key: string;
  lemma: string;
  stem: string;
  /** Lower-case text as written or spoken. */
  surface: string;
  /** First and last source word index (inclusive). */
  first: number;
  last: number;
  stop: boolean;
  negation: boolean;
  /** A negation word comes shortly before it in the same clause ("not *connected*", "no *gap*"). */
  negated: boolean;
  kind: TermKind;
}

interface Piece {
  text: string;
  first: number;
  last: number;
  kind: TermKind;
}

const tokenPattern = /\d[\d,]*(?:\.\d+)?[\p{L}%]*|[\p{L}\p{N}]+(?:'[\p{L}]+)?(?:\+\+|#)?/gu;
const numberWithSuffix = /^(\d[\d,]*(?:\.\d+)?)([\p{L}%]*)$/u;
const ordinalSuffix = new Set(['st', 'nd', 'rd', 'th']);
const unitShortForms = new Set(Object.values(unitAliases));

function numberText(value: number): string {
  return String(Number(value.toFixed(6)));
}

/** Splits written tokens: "500m" -> 500 m, "99th" -> 99, "p99" -> 99 percentile, "service's" -> service. */
function writtenPieces(token: string, index: number): Piece[] {
  const at = (text: string, kind: TermKind): Piece => ({ text, first: index, last: index, kind });
  const numeric = numberWithSuffix.exec(token);
  if (numeric) {
    const [, digits = '', suffix = ''] = numeric;
    let value = Number(digits.replace(/,/g, ''));
    if (suffix === 'k') value *= 1000;
    const pieces = [at(numberText(value), 'number')];
    if (suffix && !ordinalSuffix.has(suffix) && suffix !== 'k') {
      pieces.push(
        at(unitAliases[suffix] ?? suffix, unitShortForms.has(suffix) || suffix in unitAliases ? 'unit' : 'word'),
      );
    }
    return pieces;
  }
  const percentile = /^p(\d+(?:\.\d+)?)$/.exec(token);
  if (percentile) return [at(numberText(Number(percentile[1])), 'number'), at('percentile', 'word')];
  const base = token.endsWith("'s") && !stopWords.has(token) ? token.slice(0, -2) : token;
  return [at(base, 'word')];
}

function tokenize(words: readonly string[]): Piece[] {
  const raw: Piece[] = [];
  words.forEach((word, index) => {
    const clean = word.toLowerCase().replace(/[’‘]/g, "'");
    for (const match of clean.matchAll(tokenPattern))
      raw.push({ text: match[0], first: index, last: index, kind: 'word' });
  });
  const texts = raw.map((p) => p.text);
  const pieces: Piece[] = [];
  for (let i = 0; i < raw.length; i++) {
    const piece = raw[i] as Piece;
    const spoken = readNumberWords(texts, i);
    if (spoken) {
      const end = raw[i + spoken.length - 1] as Piece;
      pieces.push({ text: numberText(spoken.value), first: piece.first, last: end.last, kind: 'number' });
      i += spoken.length - 1;
      continue;
    }
    const previous = pieces[pieces.length - 1];
    // Spoken "p ninety nine" is the written "P99".
    if (piece.text === 'p' && /^\d/.test(texts[i + 1] ?? '') === false && readNumberWords(texts, i + 1)) {
      const run = readNumberWords(texts, i + 1);
      if (run) {
        const end = raw[i + run.length] as Piece;
        pieces.push({ text: numberText(run.value), first: piece.first, last: end.last, kind: 'number' });
        pieces.push({ text: 'percentile', first: piece.first, last: end.last, kind: 'word' });
        i += run.length;
        continue;
      }
    }
    if (previous?.kind === 'number' && unitAliases[piece.text] !== undefined) {
      pieces.push({ ...piece, text: unitAliases[piece.text] ?? piece.text, kind: 'unit' });
      continue;
    }
    pieces.push(...writtenPieces(piece.text, piece.first));
  }
  return pieces;
}

/** Replaces multi-word synonyms ("infrastructure as code") by their single key ("iac"). */
function joinPhrases(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const phrase = synonymPhrases.find((p) => p.words.every((w, k) => pieces[i + k]?.text === w));
    if (phrase) {
      const end = pieces[i + phrase.words.length - 1] as Piece;
      out.push({ text: phrase.key, first: (pieces[i] as Piece).first, last: end.last, kind: 'word' });
      i += phrase.words.length - 1;
    } else out.push(pieces[i] as Piece);
  }
  return out;
}

export interface AnalyzeOptions {
  /** Content terms a negation reaches ("not *connected*"); chosen on SemEval train (bench/scoring-select.ts). */
  negationScope: number;
  /** Read single letters as names ("bulb A", "plan B"); kept because it pays on SemEval train. */
  letterNames: boolean;
}

export const defaultAnalyzeOptions: AnalyzeOptions = {
  negationScope: defaultScoreSettings.content.negationScope,
  letterNames: defaultScoreSettings.content.letterNames,
};

/** Turns text (already split into source words) into terms for matching. */
export function analyzeWords(words: readonly string[], options: AnalyzeOptions = defaultAnalyzeOptions): Term[] {
  const pieces = joinPhrases(tokenize(words));
  const forms = wordForms(pieces.filter((p) => p.kind === 'word').map((p) => p.text));
  const terms = pieces.map((piece): Term => {
    const form = piece.kind === 'word' ? forms.get(piece.text) : undefined;
    const lemma = form?.lemma ?? piece.text;
    const direct = canonicalWord(piece.text);
    const key = direct !== piece.text ? direct : canonicalWord(lemma);
    return {
      key,
      lemma,
      stem: form?.stem ?? piece.text,
      surface: piece.text,
      first: piece.first,
      last: piece.last,
      stop: piece.kind === 'word' && (stopWords.has(piece.text) || stopWords.has(lemma) || isNegation(piece.text)),
      negation: isNegation(piece.text),
      negated: false,
      kind: piece.kind,
    };
  });
  markNegationScope(terms, words, options.negationScope);
  if (options.letterNames) markLetterNames(terms, words);
  return terms;
}

/**
 * Single letters name things ("bulb A", "plan B", "switch X"). "a" is an article when a content word follows it
 * ("a closed path"), and a name when it ends a clause or a function word follows ("bulb a is", "A and C").
 */
function markLetterNames(terms: Term[], words: readonly string[]): void {
  terms.forEach((term, i) => {
    if (term.surface.length !== 1 || term.kind !== 'word' || term.surface === 'i') return;
    const next = terms[i + 1];
    const clauseEnds = /[,.;:!?]$/.test(words[term.last] ?? '');
    if (term.surface !== 'a' || !next || (next.stop && !next.negation) || clauseEnds) {
      term.stop = false;
      term.key = term.surface;
    }
  });
}

const clauseWords = new Set(['but', 'because', 'although', 'though', 'however', 'whereas', 'while', 'so', 'since']);

/** A negation reaches forward a few terms, stopping at punctuation or a clause word. */
function markNegationScope(terms: Term[], words: readonly string[], negationScope: number): void {
  let remaining = 0;
  let lastWord = -1;
  for (const term of terms) {
    if (term.first !== lastWord && lastWord >= 0 && /[,.;:!?]$/.test(words[lastWord] ?? '')) remaining = 0;
    lastWord = term.last;
    if (clauseWords.has(term.surface)) remaining = 0;
    if (term.negation) {
      remaining = negationScope;
      continue;
    }
    if (remaining > 0) {
      term.negated = true;
      if (!term.stop) remaining--;
    }
  }
}

/** Source words of a plain text: whitespace-separated, so indices match what a transcript shows. */
export function splitWords(text: string): string[] {
  return text.split(/\s+/).filter((w) => w.length > 0);
}

export function analyzeText(text: string, options: AnalyzeOptions = defaultAnalyzeOptions): Term[] {
  return analyzeWords(splitWords(text), options);
}
