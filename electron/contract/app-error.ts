import type { ErrorCode } from './result';

/** Thrown by services for failures a user can act on; the code survives the trip to the UI. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'AppError';
  }
}
