export type QuestionKind = 'behavioral' | 'technical' | 'pitch';

export interface TimedWord {
  text: string;
  /** Seconds from the start of the recording. */
  start: number;
  end: number;
}

/** What the scorer needs about one answer: the CLI's input object. */
export interface ScoreInput {
  question: string;
  modelAnswer: string;
  transcript: string;
  durationSeconds: number;
  targetSeconds?: number;
  kind?: QuestionKind;
  words?: TimedWord[];
}

/** One word of the answer as shown to the user; times are null when the transcript had none. */
export interface WordRef {
  index: number;
  text: string;
  start: number | null;
  end: number | null;
}

/** The words a number or a status rests on. */
export interface Evidence {
  words: WordRef[];
  start: number | null;
  end: number | null;
}
