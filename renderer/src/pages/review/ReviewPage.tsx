import { Link } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { dateLabel, durationLabel } from '../../review/format';

const stateLabel = {
  recording: 'Recording',
  queued: 'Waiting to be transcribed',
  transcribing: 'Transcribing',
  scoring: 'Scoring',
  failed: 'Needs attention',
  ready: '',
} as const;

/** The latest takes across all decks; each opens its review. */
export function ReviewPage() {
  const recent = useApiQuery('review.recent', { limit: 50 }, ['takes', 'jobs', 'decks']);
  return (
    <>
      <PageHeader title="Review" subtitle="Replay your takes with a synced transcript and feedback." />
      {recent.status === 'loading' && <Loading />}
      {recent.status === 'error' && <ErrorNotice message={recent.message} onRetry={recent.reload} />}
      {recent.status === 'ready' && recent.data.length === 0 && (
        <EmptyState title="No takes to review yet" action={<Link to="/practice">Start practising</Link>}>
          <p>Record an answer in Practice. Its recording, transcript and feedback will appear here.</p>
        </EmptyState>
      )}
      {recent.status === 'ready' && recent.data.length > 0 && (
        <ul className="card-list" data-testid="recent-takes">
          {recent.data.map((take) => (
            <li key={take.take.id} className="card">
              <div>
                <Link to={`/review/${take.take.id}`}>{take.questionPrompt}</Link>
                <p className="muted">
                  {take.deckTitle} · {dateLabel(take.take.startedAt)} · {durationLabel(take.take.durationMs)}
                </p>
              </div>
              <strong>{take.overall === null ? stateLabel[take.state] : `${Math.round(take.overall)}/100`}</strong>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
