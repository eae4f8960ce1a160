import { errorCodes, type ErrorCode, type ErrorDetail } from '@contract';
import { codeWords } from './code-words';
import { reasonWords } from './reason-words';

const isErrorCode = (code: string): code is ErrorCode => (errorCodes as readonly string[]).includes(code);

/**
 * The one place the page turns an error's code and detail into a sentence:
 * the named situation first, then a failure an older release stored in words,
 * then the code's own sentence.
 */
export function errorWords(code: string, detail: ErrorDetail = {}): string {
  if (detail.reason) return reasonWords[detail.reason](detail);
  if (detail.storedText) return detail.storedText;
  return codeWords[isErrorCode(code) ? code : 'INTERNAL'](detail);
}
