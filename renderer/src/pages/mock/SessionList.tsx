import { Link } from 'react-router';
import type { SessionSummary } from '@contract/sessions';
import { useApiQuery } from '../../api/use-api-query';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const statusWords = { active: 'in progress', paused: 'paused', completed: 'completed', quit: 'ended early' } as const;

function Row({ session }: { session: SessionSummary }) {
  const unfinished = session.status === 'active' || session.status === 'paused';
  return (
    <li className="card" data-testid="session-row">
      <span>
        <strong>{session.title}</strong>
        <span className="muted session-meta">
          {dateFormat.format(new Date(session.createdAt))} · {statusWords[session.status]} · {session.answeredCount} of{' '}
          {session.questionCount} answered
        </span>
      </span>
      <span className="session-actions">
        {unfinished && <Link to={`/mock/${session.id}`}>Resume</Link>}
        {session.answeredCount > 0 && <Link to={`/mock/${session.id}/report`}>Report</Link>}
      </span>
    </li>
  );
}

/** Earlier interviews: unfinished ones first so they are easy to resume. */
export function SessionList() {
  const sessions = useApiQuery('sessions.list', {}, ['attempts']);
  if (sessions.status !== 'ready' || sessions.data.length === 0) return null;
  const unfinished = sessions.data.filter((s) => s.status === 'active' || s.status === 'paused');
  const finished = sessions.data.filter((s) => s.status === 'completed' || s.status === 'quit');
  return (
    <>
      {unfinished.length > 0 && (
        <section className="panel" aria-labelledby="unfinished-heading">
          <h2 id="unfinished-heading">Unfinished interviews</h2>
          <ul className="card-list">
            {unfinished.map((s) => (
              <Row key={s.id} session={s} />
            ))}
          </ul>
        </section>
      )}
      {finished.length > 0 && (
        <section className="panel" aria-labelledby="past-heading">
          <h2 id="past-heading">Past interviews</h2>
          <ul className="card-list">
            {finished.map((s) => (
              <Row key={s.id} session={s} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
