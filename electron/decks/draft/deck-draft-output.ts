import { z } from 'zod';
import { AppError } from '@contract/app-error';
import { maxTargetSeconds, questionKindSchema } from '@contract/deck-import';

/** The JSON the model must return; sent as a strict JSON schema and checked again on arrival. */
export const deckDraftOutputSchema = z
  .object({
    title: z.string(),
    questions: z.array(
      z
        .object({
          section: z.enum(['behavioral', 'technical', 'role-specific']),
          question: z.string(),
          kind: questionKindSchema,
          keyPoints: z.array(z.string()),
          targetSeconds: z.number(),
        })
        .strict(),
    ),
  })
  .strict();
export type DeckDraftOutput = z.infer<typeof deckDraftOutputSchema>;

const sectionTitles = {
  behavioral: 'Behavioural',
  technical: 'Technical',
  'role-specific': 'Role-specific',
} as const;

// The prompt asks for 10 to 20; a longer list is cut rather than refused, an empty one is refused.
const maxQuestions = 20;
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The draft as a deck file in Rehearse's JSON format, so it goes through the
 * same importer (and its checks) as a guide the user brings, and opens in the
 * same preview. Sections come in the prompt's order; each model answer is its
 * key points as a list.
 */
export function draftAsDeckFile(output: DeckDraftOutput): string {
  const questions = output.questions
    .map((q) => ({ ...q, question: oneLine(q.question), keyPoints: q.keyPoints.map(oneLine).filter(Boolean) }))
    .filter((q) => q.question && q.keyPoints.length > 0)
    .slice(0, maxQuestions);
  if (questions.length === 0) throw new AppError('ENGINE_FAILED', { reason: 'draft-no-questions', who: 'interviewer' });
  const order = Object.keys(sectionTitles);
  questions.sort((a, b) => order.indexOf(a.section) - order.indexOf(b.section));
  return JSON.stringify(
    {
      format: 'rehearse-deck',
      version: 1,
      title: oneLine(output.title).slice(0, 200) || 'Drafted from a job description',
      questions: questions.map((q) => ({
        prompt: q.question,
        modelAnswer: q.keyPoints.map((p) => `- ${p}`).join('\n'),
        section: sectionTitles[q.section],
        kind: q.kind,
        targetSeconds: Math.round(Math.min(maxTargetSeconds, Math.max(30, q.targetSeconds))),
        targetSource: 'stated',
      })),
    },
    null,
    2,
  );
}
