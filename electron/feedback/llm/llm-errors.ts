import OpenAI from 'openai';
import { ContentFilterFinishReasonError, LengthFinishReasonError } from 'openai/core/error';
import { AppError } from '@contract/app-error';
import type { ErrorActor } from '@contract/error-detail';

/**
 * Turns what the SDK throws (after its own retries) into codes the UI can
 * explain. `who` names the feature asking ("coach", "judge") so the message
 * says which server in Settings to look at.
 */
export function llmError(error: unknown, model: string, who: ErrorActor): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof OpenAI.APIUserAbortError) return new AppError('CANCELED', { who });
  if (error instanceof OpenAI.APIConnectionTimeoutError) return new AppError('TIMEOUT', { who });
  if (error instanceof OpenAI.AuthenticationError) return new AppError('UNAUTHORIZED', { reason: 'key-rejected', who });
  if (error instanceof OpenAI.PermissionDeniedError)
    return new AppError('UNAUTHORIZED', { reason: 'model-forbidden', who, model });
  if (error instanceof OpenAI.RateLimitError) return new AppError('RATE_LIMITED', { who });
  if (error instanceof OpenAI.NotFoundError)
    return new AppError('ENGINE_FAILED', { reason: 'model-unknown', who, model });
  if (error instanceof OpenAI.APIConnectionError) return new AppError('NETWORK', { reason: 'server-unreachable', who });
  if (error instanceof OpenAI.APIError)
    return new AppError('ENGINE_FAILED', {
      reason: 'server-error',
      who,
      ...(error.status !== undefined && { status: error.status }),
      said: error.message,
    });
  if (error instanceof LengthFinishReasonError)
    return new AppError('ENGINE_FAILED', { reason: 'answer-too-long', who });
  if (error instanceof ContentFilterFinishReasonError)
    return new AppError('ENGINE_FAILED', { reason: 'content-filter', who });
  // JSON that does not parse, or parses but misses fields: the server ignored the response format.
  return new AppError('ENGINE_FAILED', {
    reason: 'bad-format',
    who,
    said: error instanceof Error ? error.message.slice(0, 200) : String(error),
  });
}
