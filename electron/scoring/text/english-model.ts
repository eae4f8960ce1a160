import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// The English model ships inside the npm package: nothing is downloaded at run time. One instance serves the
// lemmatizer and the dictionary look-up, because each instance holds its own copy of the lexicon.
export const nlp = winkNLP(model, ['pos']);
export const its = nlp.its;

// The model numbers its own lexicon first and gives each word it has not seen the next free number, in the order
// it meets them; so the first unseen word this instance reads marks where the lexicon ends.
const lexiconSize = nlp.readDoc('qzxqzxqzx').tokens().out(its.uniqueId)[0] ?? 0;
const known = new Map<string, boolean>();

/**
 * True when a lower-case word is in the model's English lexicon (about 87,000 words, names of
 * people and places mostly left out). A word the tokenizer splits ("cannot") counts as English.
 */
export function inLexicon(word: string): boolean {
  const cached = known.get(word);
  if (cached !== undefined) return cached;
  const ids = nlp.readDoc(word).tokens().out(its.uniqueId);
  const found = ids.length !== 1 || (ids[0] ?? lexiconSize) < lexiconSize;
  if (known.size >= 50_000) known.clear();
  known.set(word, found);
  return found;
}
