import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import type { z } from 'zod';
import { AppError } from '@contract/app-error';
import type { ErrorActor } from '@contract/error-detail';
import { refuseInsecureKey } from '../../transcription/keys/server-keys';
import { llmError } from './llm-errors';

/** How to reach the OpenAI-compatible server a feature (coach, judge) points at. */
export interface LlmConnection {
  baseUrl: string;
  /** null for a local server that wants none. */
  apiKey: string | null;
  model: string;
  timeoutMs: number;
  /** Retries of 429, 5xx, dropped connections and timeouts, with the SDK's backoff (honours Retry-After). */
  maxRetries?: number;
}

// The SDK insists on a key; servers without auth ignore whatever is sent.
const NO_KEY = 'no-key';

/**
 * One chat request whose reply is held to a JSON schema: sent as a strict
 * response_format and parsed again on arrival, so a server that ignores the
 * format is caught here. Errors come back as AppErrors naming `who`.
 */
export async function askForJson<Schema extends z.ZodType>(
  connection: LlmConnection,
  request: {
    who: ErrorActor;
    schemaName: string;
    schema: Schema;
    prompt: { system: string; user: string };
    signal?: AbortSignal;
  },
): Promise<{ output: z.infer<Schema>; model: string }> {
  refuseInsecureKey(connection.baseUrl, connection.apiKey);
  const client = new OpenAI({
    apiKey: connection.apiKey ?? NO_KEY,
    baseURL: connection.baseUrl,
    timeout: connection.timeoutMs,
    maxRetries: connection.maxRetries ?? 2,
  });
  const completion = await client.chat.completions
    .parse(
      {
        model: connection.model,
        messages: [
          { role: 'system', content: request.prompt.system },
          { role: 'user', content: request.prompt.user },
        ],
        response_format: zodResponseFormat(request.schema, request.schemaName),
      },
      { signal: request.signal },
    )
    .catch((error: unknown) => {
      throw llmError(error, connection.model, request.who);
    });
  const message = completion.choices[0]?.message;
  if (message?.refusal)
    throw new AppError('ENGINE_FAILED', { reason: 'refused', who: request.who, said: message.refusal });
  if (!message?.parsed) throw new AppError('ENGINE_FAILED', { reason: 'empty-answer', who: request.who });
  return { output: message.parsed as z.infer<Schema>, model: completion.model || connection.model };
}
