import type { ApiError, ErrorCode, ErrorDetail } from './contract';
import { isDatabaseDamage, isDatabaseFull } from '../store/sqlite-errors';

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

const nodeCodes: Record<string, ApiError> = {
  ENOSPC: { code: 'DISK_FULL', detail: {} },
  EDQUOT: { code: 'DISK_FULL', detail: { reason: 'quota' } },
  ENOENT: { code: 'NOT_FOUND', detail: { reason: 'file-missing' } },
  EACCES: { code: 'FORBIDDEN', detail: { reason: 'data-folder' } },
  EPERM: { code: 'FORBIDDEN', detail: { reason: 'data-folder' } },
};

/** Turns anything thrown into a value the UI can word; never a stack trace. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return { code: error.code, detail: { ...error.detail } };
  // A write that found no room rolled back its transaction: what was saved before it is intact.
  if (isDatabaseFull(error)) return { code: 'DISK_FULL', detail: {} };
  if (isDatabaseDamage(error)) return { code: 'DATABASE_DAMAGED', detail: {} };
  const nodeCode = (error as { code?: unknown } | null)?.code;
  if (typeof nodeCode === 'string' && nodeCodes[nodeCode]) return structuredClone(nodeCodes[nodeCode]);
  return { code: 'INTERNAL', detail: {} };
}
