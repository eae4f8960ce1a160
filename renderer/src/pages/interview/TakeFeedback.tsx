import { Link } from 'react-router';
import type { ReviewStage } from '@contract/review';
import { errorWords } from '../../api/error-words/error-words';
import { useApiQuery } from '../../api/use-api-query';

const stageWords = (stage: ReviewStage): string => {
  switch (stage.state) {
    case 'recording':
    case 'queued':
      return 'Waiting to be transcribed…';
    case 'transcribing':
      return `Transcribing… ${Math.round(stage.progress * 100)}%`;
    case 'scoring':
      return 'Scoring…';
    case 'failed':
      return `The ${stage.step} step failed: ${errorWords(stage.code, stage.detail)}`;
    case 'ready':
      return '';
  }
};

/** The feedback a user asked to see between questions: the score as soon as it exists, and its top tips. */
export function TakeFeedback({ takeId }: { takeId: string }) {
  const review = useApiQuery('review.get', { takeId }, ['jobs', 'takes']);
  if (review.status !== 'ready') return <p className="muted">Loading feedback…</p>;
  const { stage, feedback } = review.data;
  return (
    <div className="take-feedback" data-testid="take-feedback">
      {stage.state !== 'ready' || !feedback ? (
        <p role="status">{stageWords(stage)}</p>
      ) : (
        <>
          <p>
            Score <strong>{Math.round(feedback.overall)}</strong>
            {feedback.breakdown.map((part) => ` · ${part.key} ${Math.round(part.score)}`).join('')}
          </p>
          {feedback.tips.length > 0 && (
            <ul>
              {feedback.tips.slice(0, 2).map((tip) => (
                <li key={tip}>{tip}</li>
              ))}
            </ul>
          )}
        </>
      )}
      <Link to={`/review/${takeId}`}>Full feedback (the interview waits; resume it from Mock interview)</Link>
    </div>
  );
}
