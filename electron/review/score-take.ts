import type { Question } from '../api/contract/decks';
import type { Word } from '../api/contract/transcription';
import { deckSpecificity } from '../scoring/content/deck';
import type { ScoreReport } from '../scoring/report';
import { scoreAnswer } from '../scoring/score-answer';

export interface TakeToScore {
  question: Question & { deckAnswers: readonly string[] };
  words: readonly Word[];
  text: string;
  durationSeconds: number;
}

/** Scores a take's (possibly corrected) words; terms every answer in the deck uses weigh less. */
export function scoreTake({ question, words, text, durationSeconds }: TakeToScore): ScoreReport {
  const kind = question.kind === 'scenario' ? undefined : question.kind;
  return scoreAnswer(
    {
      question: question.prompt,
      modelAnswer: question.modelAnswer,
      transcript: text,
      durationSeconds,
      targetSeconds: question.targetSeconds,
      kind,
      words: words.map(({ text: wordText, start, end }) => ({ text: wordText, start, end })),
    },
    { deck: deckSpecificity(question.deckAnswers) },
  );
}
