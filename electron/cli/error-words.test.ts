import { describe, expect, it } from 'vitest';
import { errorCodes } from '@contract';
import { cliCodeWords, cliErrorLine } from './error-words';

describe("the CLI's message table", () => {
  it('has words for every error code in the contract', () => {
    for (const code of errorCodes) expect(cliCodeWords[code]({}), code).toMatch(/^[a-zA-Z"].{4,}/);
  });

  it('prints the code first, then the situation with its facts', () => {
    expect(cliErrorLine('MODEL_MISSING', { model: 'base.en' })).toMatch(/^MODEL_MISSING: Whisper model "base.en" not/);
    expect(cliErrorLine('TOO_LARGE', { reason: 'file-too-large', bytes: 3_000_000, limitBytes: 1_000_000 })).toBe(
      'TOO_LARGE: file too large (3 MB, limit 1 MB)',
    );
    // A situation the CLI has no words of its own for still names itself.
    expect(cliErrorLine('CONFLICT', { reason: 'interview-ended' })).toBe(
      'CONFLICT: not possible in the current state (interview-ended)',
    );
  });
});
