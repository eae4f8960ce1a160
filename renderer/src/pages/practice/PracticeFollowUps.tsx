import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Attempt } from '@contract/attempts';
import type { Question } from '@contract/decks';
import type { SessionItem } from '@contract/sessions';
import type { Settings } from '@contract/settings';
import { FollowUpStage } from '../mock/FollowUpStage';
import { FeedbackStatus } from './FeedbackStatus';
import type { CaptureApi } from './session/capture-api';

/**
 * After a take in single-question practice: the interviewer's follow-ups,
 * each answered on the same camera and microphone and linked to the take;
 * then the way to its feedback, where the review shows the whole thread.
 */
export function PracticeFollowUps(props: {
  attempt: Attempt;
  question: Question;
  settings: Settings;
  stream: MediaStream | null;
  capture: CaptureApi;
  hold(held: boolean): void;
}) {
  const { attempt, question, settings, hold } = props;
  const [done, setDone] = useState(false);
  useEffect(() => {
    hold(!done);
    return () => hold(false);
  }, [done, hold]);
  const onDone = useCallback(() => setDone(true), []);
  const onPhase = useCallback(() => undefined, []);
  const item = useMemo<SessionItem>(
    () => ({
      position: question.position,
      questionId: question.id,
      deckId: question.deckId,
      prompt: question.prompt,
      section: question.section,
      kind: question.kind,
      targetSeconds: question.targetSeconds,
      attemptId: attempt.id,
      status: 'answered',
      answeredAt: null,
    }),
    [question, attempt.id],
  );
  if (done) return <FeedbackStatus attemptId={attempt.id} />;
  return (
    <FollowUpStage
      parent={attempt}
      item={item}
      interviewer={settings.practiceInterviewer}
      settings={settings}
      stream={props.stream}
      capture={props.capture}
      paused={false}
      stopRequested={false}
      onPhase={onPhase}
      onDone={onDone}
    />
  );
}
