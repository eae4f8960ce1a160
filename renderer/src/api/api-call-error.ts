import type { ErrorCode, ErrorDetail } from '@contract';
import { errorWords } from './error-words/error-words';

/** A failed call: the stable code and its detail, worded by the message table. */
export class ApiCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail: ErrorDetail = {},
  ) {
    super(errorWords(code, detail));
    this.name = 'ApiCallError';
  }
}
