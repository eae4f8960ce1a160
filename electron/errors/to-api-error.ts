import type { ApiError } from '@contract';
import { AppError } from '@contract/app-error';
import { isDatabaseDamage, isDatabaseFull } from '../store/sqlite-errors';

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
