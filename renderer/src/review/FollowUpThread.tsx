import { Link } from 'react-router';
import { useApiQuery } from '../api/use-api-query';

/** A take and the interviewer's follow-ups on it, as the conversation went: question, answer, follow-up, answer. */
export function FollowUpThread({ takeId }: { takeId: string }) {
  const thread = useApiQuery('followUps.thread', { takeId }, ['takes', 'jobs']);
  if (thread.status !== 'ready' || thread.data.turns.length < 2) return null;
  const { turns, recovered } = thread.data;
  return (
    <section className="panel follow-up-thread" aria-labelledby="follow-up-thread-title" data-testid="follow-up-thread">
      <h2 id="follow-up-thread-title">Interview thread</h2>
      <ol>
        {turns.map((turn, i) => (
          <li key={turn.takeId} aria-current={turn.takeId === takeId ? 'true' : undefined}>
            <p>
              <strong>{i === 0 ? 'Question' : `Follow-up ${i}`}:</strong> {turn.asked}
            </p>
            <p>
              <Link to={`/review/${turn.takeId}`}>Answer</Link>
              {turn.overall !== null && ` (score ${turn.overall})`}:{' '}
              {turn.answer ?? <span className="muted">being transcribed…</span>}
            </p>
          </li>
        ))}
      </ol>
      {recovered.length > 0 && <p>Recovered on prompting: {recovered.join('; ')}</p>}
    </section>
  );
}
