import { useEffect } from 'react';
import { Link, useNavigate } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';

const stageWords = {
  recording: 'Saving…',
  queued: 'Waiting to be transcribed…',
  transcribing: 'Transcribing…',
  scoring: 'Scoring…',
  failed: 'Feedback could not be prepared.',
  ready: 'Feedback is ready.',
} as const;

/**
 * Shown under a saved take: follows it through transcription and scoring and
 * opens the review page as soon as the feedback is ready, unless the user has
 * moved on.
 */
export function FeedbackStatus(props: { takeId: string }) {
  const navigate = useNavigate();
  const review = useApiQuery('review.get', { takeId: props.takeId }, ['takes', 'jobs']);
  const state = review.status === 'ready' ? review.data.stage.state : null;

  useEffect(() => {
    if (state === 'ready') void navigate(`/review/${props.takeId}`);
  }, [state, navigate, props.takeId]);

  return (
    <p className="feedback-status" role="status" data-testid="feedback-status">
      {state ? stageWords[state] : 'Preparing feedback…'} <Link to={`/review/${props.takeId}`}>Open the review</Link>
    </p>
  );
}
