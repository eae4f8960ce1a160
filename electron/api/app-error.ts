import type { ApiError, ErrorCode } from './contract';

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

const nodeCodes: Record<string, { code: ErrorCode; message: string }> = {
  ENOSPC: { code: 'DISK_FULL', message: 'The disk is full. Free some space and try again; nothing saved was lost.' },
  EDQUOT: { code: 'DISK_FULL', message: 'Your disk quota is used up. Free some space and try again.' },
  ENOENT: { code: 'NOT_FOUND', message: 'A file Rehearse needs is missing.' },
  EACCES: { code: 'FORBIDDEN', message: 'Rehearse is not allowed to write to its data folder.' },
  EPERM: { code: 'FORBIDDEN', message: 'Rehearse is not allowed to write to its data folder.' },
};

/** Turns anything thrown into a value the UI can show; never a stack trace. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof AppError) return { code: error.code, message: error.message };
  const nodeCode = (error as { code?: unknown } | null)?.code;
  if (typeof nodeCode === 'string' && nodeCodes[nodeCode]) return { ...nodeCodes[nodeCode] };
  return { code: 'INTERNAL', message: 'Something went wrong inside Rehearse. Your saved work is safe; try again.' };
}
