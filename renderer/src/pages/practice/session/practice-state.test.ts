import { describe, expect, it } from 'vitest';
import { clockTone, formatClock, practiceReducer, type PracticeState } from './practice-state';

const run = (state: PracticeState, ...actions: Parameters<typeof practiceReducer>[1][]) =>
  actions.reduce(practiceReducer, state);

describe('practice state', () => {
  it('goes ready → thinking → starting → recording → stopping', () => {
    const thinking = run({ phase: 'ready' }, { type: 'begin', now: 1000, thinkSeconds: 15 });
    expect(thinking).toEqual({ phase: 'thinking', endsAt: 16_000 });
    expect(run(thinking, { type: 'think-done' }, { type: 'started', now: 17_000 }, { type: 'stop' })).toEqual({
      phase: 'stopping',
    });
  });

  it('skips thinking when think time is zero, and ignores stray actions', () => {
    expect(run({ phase: 'ready' }, { type: 'begin', now: 0, thinkSeconds: 0 })).toEqual({ phase: 'starting' });
    expect(run({ phase: 'ready' }, { type: 'stop' }, { type: 'discard' })).toEqual({ phase: 'ready' });
  });

  it('asks before discarding and keeps the clock when the user goes on', () => {
    const asking = run({ phase: 'recording', startedAt: 5 }, { type: 'ask-discard', then: 'redo' });
    expect(asking).toEqual({ phase: 'confirm-discard', startedAt: 5, then: 'redo' });
    expect(run(asking, { type: 'keep-recording' })).toEqual({ phase: 'recording', startedAt: 5 });
    expect(run(asking, { type: 'discard' }, { type: 'discarded' })).toEqual({ phase: 'ready' });
  });

  it('colours the clock amber from 80 % of the target and red past it', () => {
    expect(clockTone(47_999, 60)).toBe('ok');
    expect(clockTone(48_000, 60)).toBe('near');
    expect(clockTone(60_000, 60)).toBe('near');
    expect(clockTone(60_001, 60)).toBe('over');
    expect(formatClock(125_400)).toBe('2:05');
  });
});
