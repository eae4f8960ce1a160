import { useEffect, useMemo, useRef } from 'react';
import type { Take } from '@contract/takes';
import type { Question } from '@contract/decks';
import type { InterviewItem } from '@contract/interviews';
import { ErrorNotice } from '../../components/ErrorNotice';
import type { CaptureApi } from '../practice/session/capture-api';
import { LevelMeter } from '../practice/session/LevelMeter';
import type { PracticeState } from '../practice/session/practice-state';
import { RecordingClock } from '../practice/session/RecordingClock';
import { ThinkCountdown } from '../practice/session/ThinkCountdown';
import { usePracticeKeys } from '../practice/session/use-practice-keys';
import { usePracticeSession } from '../practice/session/use-practice-session';
import { useReadAloud } from '../practice/session/use-read-aloud';

/** The practice screen's question shape, from what the interview stored. */
const asQuestion = (item: InterviewItem): Question => ({
  id: item.questionId ?? '',
  deckId: item.deckId ?? '',
  position: item.position,
  prompt: item.prompt,
  modelAnswer: '',
  section: item.section,
  difficulty: null,
  kind: item.kind === 'behavioral' || item.kind === 'pitch' || item.kind === 'scenario' ? item.kind : 'technical',
  targetSeconds: item.targetSeconds,
  targetSource: 'default',
});

export interface InterviewQuestionProps {
  item: InterviewItem;
  stream: MediaStream | null;
  capture: CaptureApi;
  thinkSeconds: number;
  readAloud: boolean;
  readAloudVoice?: string | null;
  /** Heard, not read: the interviewer's follow-up when it is only spoken. */
  promptHidden?: boolean;
  paused: boolean;
  /** Quitting mid-answer: stop and keep what was said. */
  stopRequested: boolean;
  onPhase(phase: PracticeState['phase']): void;
  onSaved(take: Take): void;
}

/**
 * One interview question with the practice screen's recording pieces: it
 * starts by itself (think time, then recording), and hands the saved take on.
 */
export function InterviewQuestion(props: InterviewQuestionProps) {
  const { item, stream, capture, thinkSeconds, paused, onPhase, onSaved } = props;
  const question = useMemo(() => asQuestion(item), [item]);
  const { state, now, level, dispatch } = usePracticeSession(question, stream, capture);
  const handed = useRef(false);
  useReadAloud(item.prompt, props.readAloud && !paused, props.readAloudVoice ?? null);

  useEffect(() => onPhase(state.phase), [state.phase, onPhase]);
  useEffect(() => {
    if (stream && !paused && state.phase === 'ready') dispatch({ type: 'begin', now: Date.now(), thinkSeconds });
    if (paused && state.phase === 'thinking') dispatch({ type: 'ask-discard', then: 'ready' });
  }, [stream, paused, state.phase, thinkSeconds, dispatch]);
  useEffect(() => {
    if (props.stopRequested && state.phase === 'recording') dispatch({ type: 'stop' });
  }, [props.stopRequested, state.phase, dispatch]);
  useEffect(() => {
    if (state.phase === 'saved' && !handed.current) {
      handed.current = true;
      onSaved(state.take);
    }
  }, [state, onSaved]);

  usePracticeKeys({
    space: () => {
      if (state.phase === 'thinking') dispatch({ type: 'think-done' });
      else if (state.phase === 'recording') dispatch({ type: 'stop' });
    },
    escape: () => {
      if (state.phase === 'confirm-discard') dispatch({ type: 'keep-recording' });
    },
    redo: () => undefined,
    next: () => undefined,
  });

  return (
    <div className="interview-question" data-testid="interview-question" data-phase={state.phase}>
      <h2 className="practice-question">{props.promptHidden ? 'Listen to the interviewer' : item.prompt}</h2>
      <div className="practice-hud">
        {state.phase === 'recording' || state.phase === 'confirm-discard' ? (
          <RecordingClock elapsedMs={now - state.startedAt} targetSeconds={item.targetSeconds} />
        ) : (
          <p className="practice-target">Target: {item.targetSeconds} s</p>
        )}
        {stream && <LevelMeter level={state.phase === 'recording' ? level : 0} />}
      </div>
      {state.phase === 'thinking' && (
        <ThinkCountdown remainingMs={state.endsAt - now} onSkip={() => dispatch({ type: 'think-done' })} />
      )}
      {state.phase === 'starting' && <p className="muted">Starting to record…</p>}
      {state.phase === 'recording' && (
        <button type="button" className="primary" onClick={() => dispatch({ type: 'stop' })}>
          Done, next question (Space)
        </button>
      )}
      {state.phase === 'stopping' && <p className="muted">Saving your answer…</p>}
      {state.phase === 'failed' && (
        <>
          <ErrorNotice message={state.message} />
          <button type="button" onClick={() => dispatch({ type: 'reset' })}>
            Try this question again
          </button>
        </>
      )}
    </div>
  );
}
