import type { ErrorDetail } from './error-detail';
import type { ErrorCode } from './result';

/**
 * Thrown by services for failures a user can act on. It carries a code and the
 * facts (which take, which model, what the server said), never a sentence: the
 * renderer and the CLI word it from their message tables.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: ErrorDetail = {},
    options?: { cause?: unknown },
  ) {
    // For logs only; the user never reads this.
    super(Object.keys(detail).length > 0 ? `${code} ${JSON.stringify(detail)}` : code, options);
    this.name = 'AppError';
  }
}
