import type { z } from 'zod';
import type { LlmCheckName } from '@contract/llm-check';
import type { VersionedTemplate } from './llm-check';
import { askForJson, type LlmConnection } from './structured-chat';

/** What every check's answer records: the prompt and model that produced it, and how long it took. */
export interface CheckStamp {
  promptId: string;
  promptVersion: number;
  model: string;
  seconds: number;
}

/**
 * Asks an OpenAI-compatible chat model one check's rendered prompt, its reply
 * held to the check's JSON schema, and stamps what `read` makes of the reply
 * with the template and the model that answered.
 */
export async function askCheck<Schema extends z.ZodType, Fields>(
  connection: LlmConnection,
  request: {
    who: LlmCheckName;
    template: VersionedTemplate;
    schemaName: string;
    schema: Schema;
    prompt: { system: string; user: string };
    signal?: AbortSignal;
  },
  read: (output: z.infer<Schema>) => Fields,
): Promise<CheckStamp & Fields> {
  const started = performance.now();
  const { output, model } = await askForJson(connection, request);
  return {
    promptId: request.template.id,
    promptVersion: request.template.version,
    model,
    ...read(output),
    seconds: Math.round(performance.now() - started) / 1000,
  };
}
