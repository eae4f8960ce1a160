import OpenAI from 'openai';
import { AppError } from '@contract/app-error';

/** Turns the SDK's errors (after its own retries) into codes the UI can explain. */
export function openAiError(error: unknown, model: string): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof OpenAI.APIUserAbortError) return new AppError('CANCELED', 'Transcription was canceled.');
  if (error instanceof OpenAI.APIConnectionTimeoutError) {
    return new AppError(
      'TIMEOUT',
      'The transcription server did not answer in time. Try again, or raise the timeout in Settings.',
    );
  }
  if (error instanceof OpenAI.AuthenticationError) {
    return new AppError(
      'UNAUTHORIZED',
      'The transcription server rejected the API key (401). Check the key in Settings.',
    );
  }
  if (error instanceof OpenAI.PermissionDeniedError) {
    return new AppError(
      'UNAUTHORIZED',
      `This API key is not allowed to use "${model}" (403). Check the key or choose another model.`,
    );
  }
  if (error instanceof OpenAI.RateLimitError) {
    return new AppError(
      'RATE_LIMITED',
      'The transcription server is rate-limiting requests (429), even after retries. Try again later.',
    );
  }
  if (error instanceof OpenAI.NotFoundError) {
    return new AppError(
      'ENGINE_FAILED',
      `The server does not know the model "${model}" or the base URL is wrong (404).`,
    );
  }
  if (error instanceof OpenAI.APIConnectionError) {
    return new AppError('NETWORK', 'Could not reach the transcription server. Check the base URL and your connection.');
  }
  if (error instanceof OpenAI.APIError) {
    return new AppError(
      'ENGINE_FAILED',
      `The transcription server answered ${error.status ?? 'with an error'}: ${error.message}`,
    );
  }
  return new AppError(
    'ENGINE_FAILED',
    `Cloud transcription failed: ${error instanceof Error ? error.message : String(error)}`,
  );
}
