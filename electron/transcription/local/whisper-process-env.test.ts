import { describe, expect, it } from 'vitest';
import { whisperProcessEnv } from './whisper-process-env';

describe('whisperProcessEnv', () => {
  it('makes whisper.cpp threads wait passively, keeping the rest of the environment', () => {
    expect(whisperProcessEnv({ PATH: '/usr/bin', HOME: '/home/u' })).toEqual({
      PATH: '/usr/bin',
      HOME: '/home/u',
      OMP_WAIT_POLICY: 'passive',
    });
  });

  it('keeps a wait policy the user chose', () => {
    expect(whisperProcessEnv({ OMP_WAIT_POLICY: 'active' }).OMP_WAIT_POLICY).toBe('active');
  });
});
