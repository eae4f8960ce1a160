import OpenAI from 'openai';
import { AppError } from '@contract/app-error';

/** Turns the SDK's errors (after its own retries) into codes the UI can explain. */
export function openAiError(error: unknown, model: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof OpenAI.APIUserAbortError) return new AppError('CANCELED', { who: 'transcription' });
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new AppError('TIMEOUT', { who: 'transcription' });
  }
  if (error instanceof OpenAI.AuthenticationError) {
    return new AppError('UNAUTHORIZED', { reason: 'key-rejected', who: 'transcription' });
  }
  if (error instanceof OpenAI.PermissionDeniedError) {
    return new AppError('UNAUTHORIZED', { reason: 'model-forbidden', who: 'transcription', model });
  }
  if (error instanceof OpenAI.RateLimitError) {
    return new AppError('RATE_LIMITED', { who: 'transcription' });
  }
  if (error instanceof OpenAI.NotFoundError) {
    return new AppError('ENGINE_FAILED', { reason: 'model-unknown', who: 'transcription', model });
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new AppError('NETWORK', { reason: 'server-unreachable', who: 'transcription' });
  }
  if (error instanceof OpenAI.APIError) {
    return new AppError('ENGINE_FAILED', {
      reason: 'server-error',
      who: 'transcription',
      ...(error.status !== undefined && { status: error.status }),
      said: error.message,
    });
  }
  return new AppError('ENGINE_FAILED', {
    reason: 'server-error',
    who: 'transcription',
    said: error instanceof Error ? error.message : String(error),
  });
}
