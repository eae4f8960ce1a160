import { useCallback, useEffect, useMemo, useState } from 'react';
import type { Take } from '@contract/takes';
import type { Question } from '@contract/decks';
import type { InterviewItem } from '@contract/interviews';
import type { Settings } from '@contract/settings';
import { FollowUpStage } from '../interview/FollowUpStage';
import { FeedbackStatus } from './FeedbackStatus';
import type { CaptureApi } from './session/capture-api';

/**
 * After a take in single-question practice: the interviewer's follow-ups,
 * each answered on the same camera and microphone and linked to the take;
 * then the way to its feedback, where the review shows the whole thread.
 */
export function PracticeFollowUps(props: {
  take: Take;
  question: Question;
  settings: Settings;
  stream: MediaStream | null;
  capture: CaptureApi;
  hold(held: boolean): void;
}) {
  const { take, question, settings, hold } = props;
  const [done, setDone] = useState(false);
  useEffect(() => {
    hold(!done);
    return () => hold(false);
  }, [done, hold]);
  const onDone = useCallback(() => setDone(true), []);
  const onPhase = useCallback(() => undefined, []);
  const item = useMemo<InterviewItem>(
    () => ({
      position: question.position,
      questionId: question.id,
      deckId: question.deckId,
      prompt: question.prompt,
      section: question.section,
      kind: question.kind,
      targetSeconds: question.targetSeconds,
      takeId: take.id,
      status: 'answered',
      answeredAt: null,
    }),
    [question, take.id],
  );
  if (done) return <FeedbackStatus takeId={take.id} />;
  return (
    <FollowUpStage
      parent={take}
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
