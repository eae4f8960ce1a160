import type { ApiError } from '@contract';
import { AppError } from '@contract/app-error';
import { isDatabaseDamage, isDatabaseFull } from '../store/sqlite-errors';

const diskFull: ApiError = {
  code: 'DISK_FULL',
  message: 'The disk is full. Free some space and try again; nothing saved was lost.',
};

const databaseDamaged: ApiError = {
  code: 'DATABASE_DAMAGED',
  message:
    'Rehearse found damage in its database. Restart Rehearse: it keeps the damaged file and offers to restore the latest backup.',
};

const nodeCodes: Record<string, ApiError> = {
  ENOSPC: diskFull,
  EDQUOT: { code: 'DISK_FULL', message: 'Your disk quota is used up. Free some space and try again.' },
  ENOENT: { code: 'NOT_FOUND', message: 'A file Rehearse needs is missing.' },
  EACCES: { code: 'FORBIDDEN', message: 'Rehearse is not allowed to write to its data folder.' },
  EPERM: { code: 'FORBIDDEN', message: 'Rehearse is not allowed to write to its data folder.' },
};

/** Turns anything thrown into a value the UI can show; never a stack trace. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  // A write that found no room rolled back its transaction: what was saved before it is intact.
  if (isDatabaseFull(error)) return { ...diskFull };
  if (isDatabaseDamage(error)) return { ...databaseDamaged };
  const nodeCode = (error as { code?: unknown } | null)?.code;
  if (typeof nodeCode === 'string' && nodeCodes[nodeCode]) return { ...nodeCodes[nodeCode] };
  return { code: 'INTERNAL', message: 'Something went wrong inside Rehearse. Your saved work is safe; try again.' };
}
