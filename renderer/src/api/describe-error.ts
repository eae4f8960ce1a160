import { ZodError } from 'zod';
import { ApiCallError } from './client';
import { errorWords } from './error-words/error-words';

/** Words for any failure; never a stack trace. */
export function describeError(error: unknown): { code: string; message: string } {
  if (error instanceof ApiCallError) return { code: error.code, message: error.message };
  if (error instanceof ZodError) {
    return { code: 'INTERNAL', message: 'Rehearse received data it did not expect. Restarting the app usually helps.' };
  }
  return { code: 'INTERNAL', message: errorWords('INTERNAL') };
}
