import { z } from 'zod';
import judgeV1 from '../../../prompts/judge/v1.json';
import { fillPlaceholders, placeholderProblems } from '../llm/prompt-text';

/** The values a judge template may use; all are required, since the judge needs each of them. */
const judgeVariables = ['question', 'modelAnswer', 'keyPoints', 'answer'] as const;
export type JudgeVariable = (typeof judgeVariables)[number];

export const judgeTemplateSchema = z
  .object({
    /** Stored with every verdict so it can be traced to the prompt that produced it. */
    id: z.string().regex(/^judge-v\d+$/),
    version: z.number().int().positive(),
    description: z.string().min(1),
    system: z.array(z.string()).min(1),
    user: z.array(z.string()).min(1),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.id !== `judge-v${t.version}`) ctx.addIssue({ code: 'custom', message: `id must be judge-v${t.version}` });
    for (const message of placeholderProblems([...t.system, ...t.user], judgeVariables, judgeVariables))
      ctx.addIssue({ code: 'custom', message });
  });
export type JudgeTemplate = z.infer<typeof judgeTemplateSchema>;

/** Every bundled template, oldest first. Released templates never change: a new wording is a new version. */
export const judgeTemplates: readonly JudgeTemplate[] = [judgeTemplateSchema.parse(judgeV1)];

export const currentJudgeTemplate = (): JudgeTemplate => judgeTemplates.at(-1)!;

/** Key points numbered from 1, the numbers the judge answers with. */
export const numberedKeyPoints = (points: readonly string[]) => points.map((p, i) => `${i + 1}. ${p}`).join('\n');

export function renderJudgePrompt(template: JudgeTemplate, values: Record<JudgeVariable, string>) {
  return { system: fillPlaceholders(template.system, values), user: fillPlaceholders(template.user, values) };
}
