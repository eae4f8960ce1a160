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

// Cue phrases per part, lower case, matched on whole words. "*ed" marks a first-person past-tense action.
const cues: Record<string, readonly string[]> = {
  Situation: [
    'when i was',
    'at my previous',
    'in my last',
    'in my previous',
    'we had',
    'there was',
    'the situation',
    'back when',
    'at the time',
    'our team',
    'on a project',
    'the project',
    'context',
    'we were',
  ],
  Task: [
    'my task',
    'i was responsible',
    'my role',
    'i needed to',
    'i had to',
    'the goal',
    'my job was',
    'i was asked',
    'we needed to',
    'the challenge',
    'my responsibility',
    'to make sure',
  ],
  Action: [
    'i decided',
    'i built',
    'i implemented',
    'i created',
    'i led',
    'i wrote',
    'i set up',
    'i started',
    'i talked',
    'i proposed',
    'i added',
    'i moved',
    'i organized',
    'i reached out',
    'so i',
    'i *ed',
  ],
  Result: [
    'as a result',
    'the result',
    'in the end',
    'ended up',
    'reduced',
    'increased',
    'improved',
    'saved',
    'outcome',
    'i learned',
    'we shipped',
    'which meant',
    'cut',
    'went from',
    'percent',
    '%',
  ],
  'Trade-offs': [
    'trade-off',
    'trade-offs',
    'trade off',
    'tradeoff',
    'trade offs',
    'tradeoffs',
    'downside',
    'on the other hand',
    'however',
    'instead of',
    'at the cost',
    'the cost',
    'pros',
    'cons',
    'drawback',
    'whereas',
    'versus',
    'but the',
    'the catch',
    'overhead',
    'complexity',
  ],
  'Concrete example or number': [
    'for example',
    'for instance',
    'such as',
    'in my project',
    'in our project',
    'we used',
    'i used',
    'e.g.',
    '#number',
  ],
};

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

function findCue(bare: readonly string[], cue: string): number[] | null {
  if (cue === '#number') {
    const at = bare.findIndex((w) => /^\d/.test(w));
    return at >= 0 ? [at] : null;
  }
  const parts = cue.split(' ');
  for (let i = 0; i + parts.length <= bare.length; i++) {
    const ok = parts.every((p, k) => {
      const word = bare[i + k] ?? '';
      return p === '*ed' ? word.length > 3 && word.endsWith('ed') : word === p || (p === '%' && word.endsWith('%'));
    });
    if (ok) return parts.map((_, k) => i + k);
  }
  return null;
}

/** Which parts of a good answer's shape are there: STAR for stories, trade-offs and specifics for technical answers. */
export function scoreStructure(transcript: Transcript, kind: QuestionKind): StructureResult {
  const bare = transcript.words.map((w) => bareWord(w.text));
  // Spoken numbers count as specifics too ("five hundred millicores").
  const numberWords = new Set(transcript.terms.filter((t) => t.kind === 'number').map((t) => t.first));
  const parts = (partsFor[kind] ?? []).map((name): StructurePart => {
    for (const cue of cues[name] ?? []) {
      const found = findCue(bare, cue);
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
