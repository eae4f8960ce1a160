import { useApiQuery } from '../../../api/use-api-query';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { TakeRow } from './TakeRow';

/** Every take of this question, newest first. */
export function QuestionTakesList(props: { questionId: string }) {
  const takes = useApiQuery('takes.list', { questionId: props.questionId }, ['takes']);
  return (
    <section className="panel" aria-label="Your takes">
      <h2>Your takes</h2>
      {takes.status === 'error' && <ErrorNotice message={takes.message} onRetry={takes.reload} />}
      {takes.status === 'ready' && takes.data.length === 0 && (
        <p className="muted">No takes yet. Press Space to start.</p>
      )}
      {takes.status === 'ready' && takes.data.length > 0 && (
        <ul className="card-list">
          {takes.data.map((take, i) => (
            <TakeRow key={take.id} take={take} index={takes.data.length - i} />
          ))}
        </ul>
      )}
    </section>
  );
}
