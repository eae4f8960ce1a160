import type { Take } from '@contract/takes';

/** Where one question's practice is. Every field a phase needs lives on that phase only. */
export type PracticeState =
  | { phase: 'ready' }
  | { phase: 'thinking'; endsAt: number }
  | { phase: 'starting' }
  | { phase: 'recording'; startedAt: number }
  /** Esc or R while recording: recording goes on until the user decides. */
  | { phase: 'confirm-discard'; startedAt: number; then: 'ready' | 'redo' }
  | { phase: 'stopping' }
  | { phase: 'discarding'; then: 'ready' | 'redo' }
  | { phase: 'saved'; take: Take; notice: string | null }
  | { phase: 'failed'; code: string; message: string };

export type PracticeAction =
  | { type: 'begin'; now: number; thinkSeconds: number }
  | { type: 'think-done' }
  | { type: 'started'; now: number }
  | { type: 'stop' }
  | { type: 'ask-discard'; then: 'ready' | 'redo' }
  | { type: 'keep-recording' }
  | { type: 'discard' }
  | { type: 'discarded' }
  | { type: 'saved'; take: Take; notice?: string }
  | { type: 'failed'; code: string; message: string }
  | { type: 'reset' };

export const initialPractice: PracticeState = { phase: 'ready' };

/** Pure transitions; actions that make no sense in the current phase leave it unchanged. */
export function practiceReducer(state: PracticeState, action: PracticeAction): PracticeState {
  switch (action.type) {
    case 'begin':
      if (state.phase !== 'ready' && state.phase !== 'saved' && state.phase !== 'failed') return state;
      return action.thinkSeconds > 0
        ? { phase: 'thinking', endsAt: action.now + action.thinkSeconds * 1000 }
        : { phase: 'starting' };
    case 'think-done':
      return state.phase === 'thinking' ? { phase: 'starting' } : state;
    case 'started':
      return state.phase === 'starting' ? { phase: 'recording', startedAt: action.now } : state;
    case 'stop':
      return state.phase === 'recording' || state.phase === 'confirm-discard' ? { phase: 'stopping' } : state;
    case 'ask-discard':
      if (state.phase === 'thinking') return { phase: 'ready' };
      return state.phase === 'recording'
        ? { phase: 'confirm-discard', startedAt: state.startedAt, then: action.then }
        : state;
    case 'keep-recording':
      return state.phase === 'confirm-discard' ? { phase: 'recording', startedAt: state.startedAt } : state;
    case 'discard':
      return state.phase === 'confirm-discard' ? { phase: 'discarding', then: state.then } : state;
    case 'discarded':
      return state.phase === 'discarding' ? { phase: 'ready' } : state;
    case 'saved':
      return { phase: 'saved', take: action.take, notice: action.notice ?? null };
    case 'failed':
      return { phase: 'failed', code: action.code, message: action.message };
    case 'reset':
      return initialPractice;
  }
}

export const isBusy = (state: PracticeState) =>
  state.phase === 'starting' ||
  state.phase === 'recording' ||
  state.phase === 'confirm-discard' ||
  state.phase === 'stopping' ||
  state.phase === 'discarding';

/** Amber from 80 % of the target, red once past it. */
export type ClockTone = 'ok' | 'near' | 'over';
export function clockTone(elapsedMs: number, targetSeconds: number): ClockTone {
  const ratio = elapsedMs / (targetSeconds * 1000);
  if (ratio > 1) return 'over';
  if (ratio >= 0.8) return 'near';
  return 'ok';
}

export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  return `${Math.floor(total / 60)}:${String(total % 60).padStart(2, '0')}`;
}
