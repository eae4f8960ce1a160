import { z } from 'zod';
import { alternativeAnswerSchema } from '@contract/deck-import';
import type { Question, QuestionInput } from '@contract/decks';

type Extras = Pick<QuestionInput, 'notes' | 'sourceNote' | 'tags' | 'answerLabel' | 'alternatives'>;

export interface ExtrasRow {
  notes: string;
  source_note: string;
  tags: string;
  answer_label: string;
  alternatives: string;
}

/** Column values for the extras a question input carries; absent ones are stored empty. */
export function extrasToRow(q: Extras): ExtrasRow {
  return {
    notes: q.notes ?? '',
    source_note: q.sourceNote ?? '',
    tags: JSON.stringify(q.tags ?? []),
    answer_label: q.answerLabel ?? '',
    alternatives: JSON.stringify(q.alternatives ?? []),
  };
}

const tagsSchema = z.array(z.string());
const alternativesSchema = z.array(alternativeAnswerSchema);

function parsed<T>(schema: z.ZodType<T>, json: string | undefined): T | undefined {
  try {
    const result = schema.safeParse(JSON.parse(json ?? '[]'));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}

/** The extras of a stored question, left out when empty so plain questions keep their shape. */
export function extrasFromRow(row: Partial<ExtrasRow>): Partial<Pick<Question, keyof Extras>> {
  const tags = parsed(tagsSchema, row.tags) ?? [];
  const alternatives = parsed(alternativesSchema, row.alternatives) ?? [];
  return {
    ...(row.notes ? { notes: row.notes } : {}),
    ...(row.source_note ? { sourceNote: row.source_note } : {}),
    ...(tags.length ? { tags } : {}),
    ...(row.answer_label ? { answerLabel: row.answer_label } : {}),
    ...(alternatives.length ? { alternatives } : {}),
  };
}

/** True when two sets of extras say the same, so a re-import can count the question unchanged. */
export const sameExtras = (row: Partial<ExtrasRow>, q: Extras): boolean => {
  const stored = extrasToRow(extrasFromRow(row));
  const incoming = extrasToRow(q);
  return (Object.keys(incoming) as (keyof ExtrasRow)[]).every((k) => stored[k] === incoming[k]);
};
