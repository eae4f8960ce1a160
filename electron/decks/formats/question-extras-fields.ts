import { importedQuestionSchema, type ImportedQuestion } from '@contract/deck-import';

/** What a guide says about a question besides its model answer; exported files carry it so a re-import keeps it. */
export type ExtrasFields = Pick<ImportedQuestion, 'answerLabel' | 'alternatives' | 'notes' | 'sourceNote' | 'tags'>;

export const extrasFieldNames = ['answerLabel', 'alternatives', 'notes', 'sourceNote', 'tags'] as const;

const extrasSchema = importedQuestionSchema.pick({
  answerLabel: true,
  alternatives: true,
  notes: true,
  sourceNote: true,
  tags: true,
});

/** The extras a question has, empty ones left out so a plain question keeps its plain shape. */
export function presentExtras(question: ExtrasFields): ExtrasFields {
  const { answerLabel, alternatives, notes, sourceNote, tags } = question;
  return {
    ...(answerLabel ? { answerLabel } : {}),
    ...(alternatives?.length ? { alternatives: alternatives.map((a) => ({ ...a })) } : {}),
    ...(notes ? { notes } : {}),
    ...(sourceNote ? { sourceNote } : {}),
    ...(tags?.length ? { tags: [...tags] } : {}),
  };
}

export type ReadExtras = { ok: true; extras: ExtrasFields } | { ok: false; problem: string };

/** Checks the extras of an exported question; a field that does not fit is named in the problem. */
export function readExtras(record: Partial<Record<(typeof extrasFieldNames)[number], unknown>>): ReadExtras {
  const given = Object.fromEntries(
    extrasFieldNames.filter((name) => record[name] !== undefined && record[name] !== '').map((n) => [n, record[n]]),
  );
  const parsed = extrasSchema.safeParse(given);
  if (parsed.success) return { ok: true, extras: presentExtras(parsed.data) };
  const field = String(parsed.error.issues[0]?.path[0] ?? 'extras');
  return { ok: false, problem: `${field} is not valid: ${parsed.error.issues[0]?.message ?? 'unexpected value'}` };
}
