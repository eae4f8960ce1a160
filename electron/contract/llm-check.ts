import { z } from 'zod';
import { call, id, isoDate, noInput, okOutput, type CallSpec } from './define';
import { errorDetailSchema } from './error-detail';
import { apiKeyInput, jobStatusSchema } from './transcription';

/**
 * The optional LLM checks of a take: the coach (comments and a tightened
 * answer) and the judge (a verdict on each key point). Both run after the local
 * score, beside it and never instead of it, each on its own server.
 */
export const llmCheckNames = ['coach', 'judge'] as const;
export type LlmCheckName = (typeof llmCheckNames)[number];

/** Whether an optional LLM feature is on, and what it needs; each one has its own server and key. */
export const llmServerStatusSchema = z.object({
  enabled: z.boolean(),
  /** What stops it from running, or null when it runs. */
  blocker: z.enum(['DISABLED', 'API_KEY_MISSING']).nullable(),
  baseUrl: z.string(),
  model: z.string(),
  promptId: z.string(),
  promptVersion: z.number().int().positive(),
  /** A key is saved for its server (keyServer); each server has its own. */
  keySet: z.boolean(),
  keyServer: z.string().nullable(),
  /** False for plain http to another computer: no key is sent there. */
  keyAllowed: z.boolean(),
});
export type LlmServerStatus = z.infer<typeof llmServerStatusSchema>;

/** One request to an LLM check about a take, as stored: running, done with its result, or failed. */
export const llmCheckJobSchema = <Result extends z.ZodType>(result: Result) =>
  z.object({
    id,
    takeId: id,
    status: jobStatusSchema,
    result: result.nullable(),
    errorCode: z.string().nullable(),
    errorDetail: errorDetailSchema.nullable(),
    createdAt: isoDate,
    updatedAt: isoDate,
  });

export const takeRef = z.object({ takeId: id }).strict();

type LlmCheckCalls<Name extends LlmCheckName> = Record<
  `${Name}.status`,
  CallSpec<typeof noInput, typeof llmServerStatusSchema>
> &
  Record<`${Name}.apiKey.set`, CallSpec<typeof apiKeyInput, typeof okOutput>>;

/** The calls every LLM check answers the same way, under its own name (`coach.status`, `judge.apiKey.set`, …). */
export function llmCheckCalls<Name extends LlmCheckName>(name: Name): LlmCheckCalls<Name> {
  return {
    [`${name}.status`]: call(
      `Whether the optional LLM ${name} is on, and what it needs.`,
      noInput,
      llmServerStatusSchema,
    ),
    [`${name}.apiKey.set`]: call(
      `Store (or with null, forget) the API key for the ${name}'s server; each server keeps its own.`,
      apiKeyInput,
      okOutput,
    ),
  } as LlmCheckCalls<Name>;
}
