import cueData from './data/structure-cues.json';
import type { QuestionKind } from './types';
import type { Transcript } from './transcript';
import { bareWord } from './transcript';

export interface StructurePart {
  name: string;
  present: boolean;
  /** Word indices of the cue that showed the part. */
  wordIndices: number[];
}

export interface StructureResult {
  kind: QuestionKind;
  score: number;
  parts: StructurePart[];
  missing: string[];
}

const cues: Record<string, readonly string[]> = cueData.cues;

const partsFor: Record<QuestionKind, string[]> = {
  behavioral: ['Situation', 'Task', 'Action', 'Result'],
  technical: ['Trade-offs', 'Concrete example or number'],
  pitch: ['Concrete example or number', 'Result'],
};

const behavioralQuestion =
  /tell me about a time|describe a (time|situation)|give (me )?an example of a time|conflict|disagree|mistake|failure|proud|difficult (person|colleague|situation)|weakness|challenge you/i;

/** Behavioural when the question asks for a story, else technical, unless the deck says otherwise. */
export function inferKind(question: string, given?: QuestionKind): QuestionKind {
  return given ?? (behavioralQuestion.test(question) ? 'behavioral' : 'technical');
}

/** Forms of be/have/do after "I" that are not actions. */
const notActions = new Set(['was', 'am', 'had', 'did', 'have', 'think', 'guess', 'mean', 'would', 'could']);

function findCue(bare: readonly string[], cue: string, lemmas: readonly (string | undefined)[]): number[] | null {
  if (cue === '#number') {
    const at = bare.findIndex((w) => /^\d/.test(w));
    return at >= 0 ? [at] : null;
  }
  const parts = cue.split(' ');
  for (let i = 0; i + parts.length <= bare.length; i++) {
    const ok = parts.every((p, k) => {
      const word = bare[i + k] ?? '';
      if (p !== '*ed') return word === p;
      // A past-tense verb: regular ("added") or one the lemmatiser maps to another form ("rewrote" -> "rewrite").
      const lemma = lemmas[i + k];
      return (
        !notActions.has(word) && ((word.length > 3 && word.endsWith('ed')) || (lemma !== undefined && lemma !== word))
      );
    });
    if (ok) return parts.map((_, k) => i + k);
  }
  return null;
}

/** Which parts of a good answer's shape are there: STAR for stories, trade-offs and specifics for technical answers. */
export function scoreStructure(transcript: Transcript, kind: QuestionKind): StructureResult {
  const bare = transcript.words.map((w) => bareWord(w.text));
  // Spoken numbers count as specifics too ("five hundred millicores").
  const lemmas: (string | undefined)[] = [];
  for (const t of transcript.terms) if (t.first === t.last && t.kind === 'word') lemmas[t.first] = t.lemma;
  const numberWords = new Set(transcript.terms.filter((t) => t.kind === 'number').map((t) => t.first));
  const parts = (partsFor[kind] ?? []).map((name): StructurePart => {
    for (const cue of cues[name] ?? []) {
      const found = findCue(bare, cue, lemmas);
      if (found) return { name, present: true, wordIndices: found };
    }
    if (name === 'Concrete example or number' && numberWords.size > 0) {
      return { name, present: true, wordIndices: [Math.min(...numberWords)] };
    }
    return { name, present: false, wordIndices: [] };
  });
  const present = parts.filter((p) => p.present).length;
  return {
    kind,
    score: parts.length > 0 ? Math.round((100 * present) / parts.length) : 100,
    parts,
    missing: parts.filter((p) => !p.present).map((p) => p.name),
  };
}
