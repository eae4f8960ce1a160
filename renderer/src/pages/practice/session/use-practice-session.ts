import { useEffect, useReducer, useRef, useState } from 'react';
import type { Question } from '@contract/decks';
import { describeError } from '../../../api/describe-error';
import type { TakeRecorder } from '../../../recording/take-recorder';
import type { CaptureApi } from './capture-api';
import { initialPractice, practiceReducer, type PracticeAction, type PracticeState } from './practice-state';
import { useNow } from './use-now';

export interface PracticeSession {
  state: PracticeState;
  now: number;
  level: number;
  dispatch(action: PracticeAction): void;
}

/**
 * Runs the side effects of each phase: start a take when thinking ends, finish
 * it on stop, throw it away on discard. A take still recording when the screen
 * goes away is kept, not lost.
 */
export function usePracticeSession(
  question: Question,
  stream: MediaStream | null,
  capture: CaptureApi,
): PracticeSession {
  const [state, dispatch] = useReducer(practiceReducer, initialPractice);
  const [level, setLevel] = useState(0);
  const recorder = useRef<TakeRecorder | null>(null);
  const notice = useRef<string | null>(null);
  const now = useNow(state.phase === 'thinking' || state.phase === 'recording' || state.phase === 'confirm-discard');

  useEffect(() => {
    if (state.phase === 'thinking' && now >= state.endsAt) dispatch({ type: 'think-done' });
  }, [state, now]);

  useEffect(() => {
    if (state.phase !== 'starting') return;
    if (!stream) {
      dispatch({ type: 'failed', code: 'NO_DEVICE', message: 'The microphone is not ready yet.' });
      return;
    }
    notice.current = null;
    const take = capture.recorder(stream, {
      onLevel: setLevel,
      onInterrupted: (problem) => {
        notice.current = problem.message;
        dispatch({ type: 'stop' });
      },
    });
    recorder.current = take;
    take.start(question.id).then(
      () => dispatch({ type: 'started', now: Date.now() }),
      (error: unknown) => {
        recorder.current = null;
        void take.cancel().catch(() => undefined);
        dispatch({ type: 'failed', ...describeError(error) });
      },
    );
  }, [state.phase, stream, capture, question.id]);

  useEffect(() => {
    const take = recorder.current;
    if (state.phase === 'stopping' && take) {
      recorder.current = null;
      take.stop().then(
        (take) => dispatch({ type: 'saved', take, notice: notice.current ?? undefined }),
        (error: unknown) => dispatch({ type: 'failed', ...describeError(error) }),
      );
    }
    if (state.phase === 'discarding' && take) {
      recorder.current = null;
      const then = state.then;
      take.cancel().then(
        () => {
          dispatch({ type: 'discarded' });
          if (then === 'redo') dispatch({ type: 'begin', now: Date.now(), thinkSeconds: 0 });
        },
        (error: unknown) => dispatch({ type: 'failed', ...describeError(error) }),
      );
    }
  }, [state]);

  useEffect(
    () => () => {
      void recorder.current?.stop().catch(() => undefined);
      recorder.current = null;
    },
    [],
  );

  return { state, now, level, dispatch };
}
