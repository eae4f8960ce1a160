import type { QuestionInput } from '@contract/decks';

type Versions = Pick<QuestionInput, 'modelAnswer' | 'targetSeconds' | 'answerLabel' | 'alternatives'>;

/** The label a model answer had before it was swapped out, when the guide gave it none. */
export const unnamedAnswer = 'Imported answer';

/**
 * Rehearse another version of the answer: it becomes the model answer with its
 * own target, and the one it replaces becomes an alternative, so nothing is lost.
 */
export function pickAlternative(q: Versions, index: number): Partial<QuestionInput> {
  const alternatives = q.alternatives ?? [];
  const chosen = alternatives[index];
  if (!chosen) return {};
  const previous = {
    label: q.answerLabel || unnamedAnswer,
    modelAnswer: q.modelAnswer,
    targetSeconds: q.targetSeconds,
  };
  return {
    modelAnswer: chosen.modelAnswer,
    targetSeconds: chosen.targetSeconds,
    targetSource: 'stated',
    answerLabel: chosen.label,
    alternatives: [...alternatives.slice(0, index), previous, ...alternatives.slice(index + 1)],
  };
}

/** Forget one alternative version; an empty list is saved as "none" rather than left unchanged. */
export function dropAlternative(q: Versions, index: number): Partial<QuestionInput> {
  return { alternatives: (q.alternatives ?? []).filter((_, i) => i !== index) };
}
