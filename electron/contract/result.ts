import { z } from 'zod';
import { errorDetailSchema, type ErrorDetail } from './error-detail';

/**
 * Stable error codes. Electron only carries an Error's message across IPC, so
 * failures travel as values and the UI turns each code into words.
 */
export const errorCodes = [
  'VALIDATION',
  'UNKNOWN_CALL',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHORIZED',
  'CONFLICT',
  'NOT_MARKDOWN',
  'BAD_FILE',
  'TOO_LARGE',
  'MIC_DENIED',
  'CAMERA_DENIED',
  'DEVICE_BUSY',
  'NO_DEVICE',
  'MODEL_MISSING',
  'DISK_FULL',
  'DATABASE_DAMAGED',
  'NETWORK',
  /** A key would cross the network unencrypted (plain http to another computer). */
  'INSECURE_TRANSPORT',
  'RATE_LIMITED',
  'TIMEOUT',
  'CANCELED',
  'ENGINE_FAILED',
  'UNSUPPORTED',
  'INTERNAL',
] as const;

export const errorCodeSchema = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof errorCodeSchema>;

/** A failure as it travels: a code and its facts; the receiving side words it. */
export const apiErrorSchema = z.object({
  code: errorCodeSchema,
  detail: errorDetailSchema,
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export function resultSchema<T extends z.ZodType>(value: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: apiErrorSchema }),
  ]);
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = (code: ErrorCode, detail: ErrorDetail = {}): Result<never> => ({
  ok: false,
  error: { code, detail },
});
