import { z } from 'zod';
import coachV1 from '../../../prompts/coach/v1.json';
import { fillPlaceholders, placeholderProblems } from '../llm/prompt-text';

/** The values a coach template may use; every one is filled on each request. */
export const templateVariables = [
  'question',
  'kind',
  'modelAnswer',
  'answer',
  'durationSeconds',
  'targetSeconds',
  'localMissed',
  'rubric',
] as const;
export type TemplateVariable = (typeof templateVariables)[number];

/** Without these the coach would be judging nothing. */
const requiredVariables: readonly TemplateVariable[] = ['question', 'modelAnswer', 'answer', 'rubric'];

export const promptTemplateSchema = z
  .object({
    /** Stored with every coach result so a score can be traced to the prompt that produced it. */
    id: z.string().regex(/^coach-v\d+$/),
    version: z.number().int().positive(),
    description: z.string().min(1),
    rubric: z
      .array(
        z.object({
          key: z.string().regex(/^[a-z][a-zA-Z]*$/),
          label: z.string().min(1),
          description: z.string().min(1),
        }),
      )
      .min(1)
      .max(8),
    system: z.array(z.string()).min(1),
    user: z.array(z.string()).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.id !== `coach-v${t.version}`) ctx.addIssue({ code: 'custom', message: `id must be coach-v${t.version}` });
    const keys = t.rubric.map((r) => r.key);
    if (new Set(keys).size !== keys.length) ctx.addIssue({ code: 'custom', message: 'rubric keys must be unique' });
    for (const message of placeholderProblems([...t.system, ...t.user], templateVariables, requiredVariables))
      ctx.addIssue({ code: 'custom', message });
  });
export type PromptTemplate = z.infer<typeof promptTemplateSchema>;

/** Every bundled template, oldest first. Templates never change once released: a new wording is a new version. */
export const promptTemplates: readonly PromptTemplate[] = [promptTemplateSchema.parse(coachV1)];

export const currentPromptTemplate = (): PromptTemplate => promptTemplates.at(-1)!;

export function promptTemplate(id: string): PromptTemplate | undefined {
  return promptTemplates.find((t) => t.id === id);
}

export interface RenderedPrompt {
  system: string;
  user: string;
}

/** Fills a template; values are inserted as they are, never re-scanned for placeholders. */
export function renderPrompt(template: PromptTemplate, values: Record<TemplateVariable, string>): RenderedPrompt {
  return { system: fillPlaceholders(template.system, values), user: fillPlaceholders(template.user, values) };
}

/** The rubric as the model reads it. */
export const rubricText = (template: PromptTemplate) =>
  template.rubric.map((r) => `- ${r.key} (${r.label}): ${r.description}`).join('\n');
