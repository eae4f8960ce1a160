import { isOrdinaryWord } from '../text/ordinary-word';

/**
 * How the model answer writes its words away from the start of a sentence, where capitals mean something:
 * "Terraform" there is a name, "microservices" there is a common word however a sentence starts.
 */
export interface AnswerCasing {
  capitalised: ReadonlySet<string>;
  lowerCase: ReadonlySet<string>;
}

interface Word {
  word: string;
  startsSentence: boolean;
}

function wordsOf(text: string): Word[] {
  const raw = text.split(/[\s/-]+/);
  return raw.flatMap((piece, i) => {
    const word = piece.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}+#%]+$/gu, '');
    if (!word) return [];
    return [{ word, startsSentence: i === 0 || /[.!?:]["”)]?$/.test(raw[i - 1] ?? '') }];
  });
}

/** Casing evidence from every key point of one model answer (each point starts a sentence). */
export function answerCasing(texts: readonly string[]): AnswerCasing {
  const capitalised = new Set<string>();
  const lowerCase = new Set<string>();
  for (const text of texts) {
    for (const { word, startsSentence } of wordsOf(text)) {
      if (/^\p{Ll}/u.test(word)) lowerCase.add(word.toLowerCase());
      else if (!startsSentence && /^\p{Lu}\p{Ll}/u.test(word)) capitalised.add(word);
    }
  }
  return { capitalised, lowerCase };
}

/**
 * A capitalised word that starts a sentence says nothing by its capital. It is a name when the answer also
 * capitalises it mid-sentence, or, unless the answer writes it in lower case elsewhere, when it is no ordinary
 * English word ("Nginx is our ingress", "Terraform manages the VPC"; not "However", "Monitoring", "Dashboards").
 */
function isSentenceStartName(written: string, casing: AnswerCasing): boolean {
  const word = written.replace(/['’]s$/, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  if (casing.capitalised.has(word)) return true;
  const lower = word.toLowerCase();
  return !casing.lowerCase.has(lower) && !isOrdinaryWord(lower);
}

/**
 * Numbers, and names written like names: "ArgoCD", "K8s", "P99", "RBAC", "t3.medium", mid-sentence "Redis",
 * and sentence-initial names the casing of the whole answer or the English lexicon gives away.
 */
export function namedTerms(text: string, casing: AnswerCasing = answerCasing([text])): string[] {
  const found = new Set<string>();
  for (const { word, startsSentence } of wordsOf(text)) {
    const isNumber = /\d/.test(word);
    const isAcronym = /^[A-Z]{2,}s?$/.test(word);
    const isCamel = /^[A-Za-z]+[a-z][A-Z]/.test(word) || /^[a-z]+[A-Z]/.test(word);
    const isName = startsSentence ? isSentenceStartName(word, casing) : /^[A-Z][a-z]/.test(word) && word !== 'I';
    if (isNumber || isAcronym || isCamel || isName) found.add(word);
  }
  return [...found];
}
