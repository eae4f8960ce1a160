import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { formatClock } from './session/practice-state';

/** Pick the question to answer; the first one is one click away. */
export function DeckQuestionsPage() {
  const { deckId = '' } = useParams();
  const deck = useApiQuery('decks.get', { deckId }, ['decks']);
  if (deck.status === 'loading') return <Loading />;
  if (deck.status === 'error') return <ErrorNotice message={deck.message} onRetry={deck.reload} />;
  const [first] = deck.data.questions;
  return (
    <>
      <PageHeader
        title={deck.data.title}
        subtitle="Pick a question to answer."
        actions={first && <Link to={`/practice/${deckId}/${first.id}`}>Start with question 1</Link>}
      />
      <ol className="card-list">
        {deck.data.questions.map((q) => (
          <li key={q.id} className="card">
            <Link to={`/practice/${deckId}/${q.id}`}>{q.prompt}</Link>
            <span className="muted">target {formatClock(q.targetSeconds * 1000)}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
