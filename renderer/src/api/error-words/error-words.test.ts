import { describe, expect, it } from 'vitest';
import { errorCodes, errorReasons, type ErrorDetail } from '@contract';
import { codeWords } from './code-words';
import { errorWords } from './error-words';
import { reasonWords } from './reason-words';

/** Every fact filled, so a sentence that reads a field shows it. */
const fullDetail: ErrorDetail = {
  what: 'take',
  who: 'coach',
  model: 'base.en',
  address: 'http://192.168.1.5:8080',
  word: 'basically',
  status: 503,
  bytes: 3_000_000,
  limitBytes: 1_000_000,
  seconds: 15,
  number: 2,
  columns: ['question', 'answer'],
  said: 'model overloaded',
};

describe('the message table', () => {
  it('has a sentence for every error code in the contract', () => {
    for (const code of errorCodes) {
      const words = codeWords[code]({});
      expect(words, code).toMatch(/^[A-Z"].{8,}/s);
    }
  });

  it('has a sentence for every reason in the contract, with or without its facts', () => {
    for (const reason of errorReasons) {
      for (const detail of [{ reason }, { ...fullDetail, reason }]) {
        const words = reasonWords[reason](detail);
        expect(words, reason).toMatch(/^[A-Z"'].{8,}/s);
        expect(words, reason).not.toMatch(/undefined|\[object|NaN/);
      }
    }
  });

  it('words a code by its named situation first, then by the code', () => {
    expect(errorWords('MODEL_MISSING', { model: 'base.en' })).toBe(
      'The Whisper model "base.en" is not installed. Download it in Settings.',
    );
    expect(errorWords('NOT_FOUND', { what: 'deck' })).toBe('That deck no longer exists.');
    expect(errorWords('VALIDATION', { reason: 'filler-built-in', word: 'um' })).toBe(
      '"um" is already a built-in filler; to count it, stop removing it.',
    );
    expect(errorWords('ENGINE_FAILED', { reason: 'server-error', who: 'judge', status: 500, said: 'boom' })).toBe(
      'The judge server answered with an error (500): boom',
    );
  });

  it('shows a failure an older release stored in words as it was stored, and unknown codes as internal', () => {
    expect(errorWords('ENGINE_FAILED', { storedText: 'The local Whisper engine failed: bad model.' })).toBe(
      'The local Whisper engine failed: bad model.',
    );
    expect(errorWords('UNREADABLE', {})).toBe(codeWords.INTERNAL({}));
  });
});
