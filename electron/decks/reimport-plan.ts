import type { QuestionInput } from '@contract/decks';
import type { QuestionRow, StoredQuestionRow } from './deck-rows';
import { sameExtras } from './question-extras';
import { normalizePrompt } from './markdown/inline-text';

export interface ReimportPlan {
  readonly updates: { id: string; question: QuestionInput; key: string }[];
  readonly inserts: QuestionInput[];
  readonly unchanged: number;
}

const same = (row: StoredQuestionRow, q: QuestionInput) =>
  row.prompt === q.prompt &&
  row.model_answer === q.modelAnswer &&
  row.section === q.section &&
  row.difficulty === q.difficulty &&
  row.kind === q.kind &&
  row.target_seconds === q.targetSeconds &&
  row.target_source === q.targetSource &&
  sameExtras(row, q);

/**
 * Matches a new import of a guide against the deck made from it before.
 * A question matches by its prompt (case, punctuation and numbering ignored)
 * or by the prompt it was first imported with, so prompts reworded in the app
 * still match (and keep the new wording). Matched questions are updated in place (their takes stay);
 * new ones are added; nothing is removed; a prompt repeated in the file is
 * used once.
 */
export function planReimport(existing: readonly QuestionRow[], incoming: readonly QuestionInput[]): ReimportPlan {
  const byKey = new Map<string, QuestionRow>();
  for (const row of existing) {
    for (const key of [row.import_key, normalizePrompt(row.prompt)]) if (key && !byKey.has(key)) byKey.set(key, row);
  }
  const used = new Set<string>();
  const seen = new Set<string>();
  const updates: ReimportPlan['updates'] = [];
  const inserts: QuestionInput[] = [];
  let unchanged = 0;
  for (const question of incoming) {
    const key = normalizePrompt(question.prompt);
    if (seen.has(key)) continue;
    seen.add(key);
    const match = byKey.get(key);
    if (match && !used.has(match.id)) {
      used.add(match.id);
      // Matched through the prompt it was imported with: the file did not change the wording, the user did.
      const kept = normalizePrompt(match.prompt) === key ? question : { ...question, prompt: match.prompt };
      if (same(match, kept)) unchanged += 1;
      else updates.push({ id: match.id, question: kept, key });
    } else if (!match) {
      inserts.push(question);
    }
  }
  return { updates, inserts, unchanged };
}
