import { inLexicon } from './english-model';
import { wordForms } from './lemmatizer';
import { stopWords } from './lexicon';

// Endings English builds common words with. A coined term that wears one ("sharding", "observability",
// "containerization") is jargon, not a product name; product names rarely end this way.
const englishEnding =
  /(?:ing|ings|ed|ly|ity|ities|ness|tion|tions|sion|sions|ment|ments|ism|isms|ize|izes|ized|ise|ises|ised|ization|isation|ability|ency|ancy)$/;

/**
 * True for a lower-case word that is ordinary English: a function word, a word in the English lexicon, an
 * inflection of one ("dashboards"), or a word built with an English ending. False for words like "nginx",
 * "terraform" or "kafka", which only a name would be.
 */
export function isOrdinaryWord(word: string): boolean {
  if (!/^\p{Ll}+$/u.test(word) || stopWords.has(word) || englishEnding.test(word) || inLexicon(word)) return true;
  const lemma = wordForms([word]).get(word)?.lemma ?? word;
  return lemma !== word && inLexicon(lemma);
}
