import { Link } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';

export function LibraryPage() {
  const decks = useApiQuery('decks.list', {}, ['decks', 'attempts']);
  return (
    <>
      <PageHeader title="Library" subtitle="Your decks of interview questions and model answers." />
      {decks.status === 'loading' && <Loading />}
      {decks.status === 'error' && <ErrorNotice message={decks.message} onRetry={decks.reload} />}
      {decks.status === 'ready' && decks.data.length === 0 && (
        <EmptyState title="No decks yet">
          <p>Import an interview-prep guide you already wrote (Markdown, CSV or JSON) to turn it into a deck.</p>
        </EmptyState>
      )}
      {decks.status === 'ready' && decks.data.length > 0 && (
        <ul className="card-list" data-testid="deck-list">
          {decks.data.map((deck) => (
            <li key={deck.id} className="card">
              <Link to={`/library/${deck.id}`}>{deck.title}</Link>
              <span className="muted">
                {deck.questionCount} questions · {deck.attemptCount} takes
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
