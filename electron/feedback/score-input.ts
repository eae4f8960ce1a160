import type { ScoreInput } from '../scoring/types';
import type { TakeSource } from './take-source';

/** Deck kinds the scorer knows; a "scenario" question is left for the scorer to read from its wording. */
const scorerKinds = { technical: 'technical', behavioral: 'behavioral', pitch: 'pitch' } as const;

/**
 * The take's length: the recorder's own clock when it has one, else the end of
 * the last word (a recovered take may have lost its duration).
 */
function durationSeconds(source: TakeSource): number {
  if (source.durationMs !== null && source.durationMs > 0) return source.durationMs / 1000;
  return source.transcript.words.reduce((end, w) => Math.max(end, w.end), 0);
}

/** The scorer's input for a take. The question's target is always passed: it is the clock the user saw. */
export function scoreInputFor(source: TakeSource): ScoreInput {
  const kind = source.question.kind === 'scenario' ? undefined : scorerKinds[source.question.kind];
  return {
    question: source.question.prompt,
    modelAnswer: source.question.modelAnswer,
    transcript: source.transcript.text,
    durationSeconds: durationSeconds(source),
    targetSeconds: source.question.targetSeconds > 0 ? source.question.targetSeconds : undefined,
    ...(kind ? { kind } : {}),
    words: source.transcript.words.map((w) => ({ text: w.text, start: w.start, end: w.end })),
  };
}
