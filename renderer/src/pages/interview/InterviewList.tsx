import { Link } from 'react-router';
import type { InterviewSummary } from '@contract/interviews';
import { useApiQuery } from '../../api/use-api-query';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const statusWords = { active: 'in progress', paused: 'paused', completed: 'completed', quit: 'ended early' } as const;

function Row({ interview }: { interview: InterviewSummary }) {
  const unfinished = interview.status === 'active' || interview.status === 'paused';
  return (
    <li className="card" data-testid="interview-row">
      <span>
        <strong>{interview.title}</strong>
        <span className="muted interview-meta">
          {dateFormat.format(new Date(interview.createdAt))} · {statusWords[interview.status]} ·{' '}
          {interview.answeredCount} of {interview.questionCount} answered
        </span>
      </span>
      <span className="interview-actions">
        {unfinished && <Link to={`/interview/${interview.id}`}>Resume</Link>}
        {interview.answeredCount > 0 && <Link to={`/interview/${interview.id}/report`}>Report</Link>}
      </span>
    </li>
  );
}

/** Earlier interviews: unfinished ones first so they are easy to resume. */
export function InterviewList() {
  const interviews = useApiQuery('interviews.list', {}, ['takes']);
  if (interviews.status !== 'ready' || interviews.data.length === 0) return null;
  const unfinished = interviews.data.filter((s) => s.status === 'active' || s.status === 'paused');
  const finished = interviews.data.filter((s) => s.status === 'completed' || s.status === 'quit');
  return (
    <>
      {unfinished.length > 0 && (
        <section className="panel" aria-labelledby="unfinished-heading">
          <h2 id="unfinished-heading">Unfinished interviews</h2>
          <ul className="card-list">
            {unfinished.map((s) => (
              <Row key={s.id} interview={s} />
            ))}
          </ul>
        </section>
      )}
      {finished.length > 0 && (
        <section className="panel" aria-labelledby="past-heading">
          <h2 id="past-heading">Past interviews</h2>
          <ul className="card-list">
            {finished.map((s) => (
              <Row key={s.id} interview={s} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
