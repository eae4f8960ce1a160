/**
 * Whisper drops "um" and "uh" unless the prompt shows them; a prompt written
 * in the style of a disfluent answer keeps them in the transcript. Key terms
 * from the question and model answer help it spell names (Kubernetes, ArgoCD).
 */
const FILLER_STYLE = 'Um, so, uh, I mean, like, you know, er, the thing is, hmm, basically...';

/** whisper.cpp keeps at most n_text_ctx / 2 = 224 prompt tokens; stay well below that. */
const MAX_TERMS_CHARS = 500;

const STOP_WORDS = new Set(
  'the a an and or but of to in on at for with by from as is are was were be been it this that these those you your we our they their he she his her i my me not no yes can will would should could do does did have has had into about than then so if when what which who how why where also just very more most some any each all'.split(
    ' ',
  ),
);

/** Distinctive words: capitalised names, acronyms, words with digits or inner capitals, long words. */
export function keyTerms(...texts: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const text of texts) {
    for (const raw of text.match(/[\p{L}\p{N}][\p{L}\p{N}.+#'-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? []) {
      const key = raw.toLowerCase();
      if (STOP_WORDS.has(key) || seen.has(key)) continue;
      const distinctive = /\p{Lu}/u.test(raw.slice(1)) || /\d/.test(raw) || /^\p{Lu}/u.test(raw) || raw.length >= 9;
      if (distinctive) seen.set(key, raw);
    }
  }
  return [...seen.values()];
}

export function initialPrompt(question = '', modelAnswer = ''): string {
  let terms = '';
  for (const term of keyTerms(question, modelAnswer)) {
    const next = terms ? `${terms}, ${term}` : term;
    if (next.length > MAX_TERMS_CHARS) break;
    terms = next;
  }
  return terms ? `${FILLER_STYLE} ${terms}.` : FILLER_STYLE;
}
