import OpenAI from 'openai';
import { ContentFilterFinishReasonError, LengthFinishReasonError } from 'openai/core/error';
import { AppError } from '@contract/app-error';

/**
 * Turns what the SDK throws (after its own retries) into codes the UI can
 * explain. `who` names the feature asking ("coach", "judge") so the message
 * says which server in Settings to look at.
 */
export function llmError(error: unknown, model: string, who: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof OpenAI.APIUserAbortError) return new AppError('CANCELED', `The ${who} was stopped.`);
  if (error instanceof OpenAI.APIConnectionTimeoutError)
    return new AppError('TIMEOUT', `The ${who} did not answer in time. Try again, or raise its timeout in Settings.`);
  if (error instanceof OpenAI.AuthenticationError)
    return new AppError('UNAUTHORIZED', `The ${who} server rejected the API key (401). Check the key in Settings.`);
  if (error instanceof OpenAI.PermissionDeniedError)
    return new AppError(
      'UNAUTHORIZED',
      `This API key may not use "${model}" (403). Check the key or choose another model.`,
    );
  if (error instanceof OpenAI.RateLimitError)
    return new AppError(
      'RATE_LIMITED',
      `The ${who} server is rate-limiting requests (429), even after retries. Try later.`,
    );
  if (error instanceof OpenAI.NotFoundError)
    return new AppError(
      'ENGINE_FAILED',
      `The ${who} server does not know the model "${model}", or its URL is wrong (404).`,
    );
  if (error instanceof OpenAI.APIConnectionError)
    return new AppError('NETWORK', `Could not reach the ${who} server. Check its URL and your connection.`);
  if (error instanceof OpenAI.APIError)
    return new AppError(
      'ENGINE_FAILED',
      `The ${who} server answered ${error.status ?? 'with an error'}: ${error.message}`,
    );
  if (error instanceof LengthFinishReasonError)
    return new AppError('ENGINE_FAILED', `The ${who} ran out of room before finishing its answer.`);
  if (error instanceof ContentFilterFinishReasonError)
    return new AppError('ENGINE_FAILED', `The ${who} server's content filter stopped the answer.`);
  // JSON that does not parse, or parses but misses fields: the server ignored the response format.
  return new AppError(
    'ENGINE_FAILED',
    `The ${who}'s answer was not in the expected format (${error instanceof Error ? error.message.slice(0, 200) : String(error)}). Try again or choose a model that supports structured output.`,
  );
}
