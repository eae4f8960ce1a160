import { z } from 'zod';
import { placeholderProblems } from './prompt-text';

/**
 * A versioned prompt template under prompts/<feature>/v<version>.json: its id
 * is `<feature>-v<version>` (stored with every result it produces), and its
 * lines use every one of `variables` and nothing else.
 */
export function versionedTemplateSchema(feature: string, variables: readonly string[]) {
  return z
    .object({
      id: z.string().regex(new RegExp(`^${feature}-v\\d+$`)),
      version: z.number().int().positive(),
      description: z.string().min(1),
      system: z.array(z.string()).min(1),
      user: z.array(z.string()).min(1),
    })
    .strict()
    .superRefine((t, ctx) => {
      if (t.id !== `${feature}-v${t.version}`)
        ctx.addIssue({ code: 'custom', message: `id must be ${feature}-v${t.version}` });
      for (const message of placeholderProblems([...t.system, ...t.user], variables, variables))
        ctx.addIssue({ code: 'custom', message });
    });
}
