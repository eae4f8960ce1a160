import type { PracticeAction, PracticeState } from './practice-state';

interface Props {
  state: PracticeState;
  canBegin: boolean;
  onBegin(): void;
  dispatch(action: PracticeAction): void;
  onNext?: () => void;
}

/** The same actions as the keys, as buttons with the key shown. */
export function PracticeControls({ state, canBegin, onBegin, dispatch, onNext }: Props) {
  return (
    <div className="practice-controls">
      {canBegin && (
        <button type="button" className="primary" onClick={onBegin}>
          {state.phase === 'ready' ? 'Start (Space)' : 'Record again (R)'}
        </button>
      )}
      {state.phase === 'recording' && (
        <>
          <button type="button" className="primary" onClick={() => dispatch({ type: 'stop' })}>
            Stop (Space)
          </button>
          <button type="button" onClick={() => dispatch({ type: 'ask-discard', then: 'ready' })}>
            Cancel (Esc)
          </button>
        </>
      )}
      {state.phase === 'starting' && <span className="muted">Starting…</span>}
      {state.phase === 'stopping' && <span className="muted">Saving…</span>}
      {onNext && (state.phase === 'ready' || state.phase === 'saved' || state.phase === 'failed') && (
        <button type="button" onClick={onNext}>
          Next question (N)
        </button>
      )}
    </div>
  );
}
