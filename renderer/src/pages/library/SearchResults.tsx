import { Link } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';

const where = { title: 'deck title', prompt: 'question', section: 'section', answer: 'model answer' } as const;

/** Decks and questions matching the search box, questions linking to their editor. */
export function SearchResults(props: { query: string }) {
  const hits = useApiQuery('decks.search', { query: props.query }, ['decks']);
  if (hits.status === 'loading') return <Loading label="Searching…" />;
  if (hits.status === 'error') return <ErrorNotice message={hits.message} onRetry={hits.reload} />;
  if (hits.data.length === 0)
    return (
      <p className="muted" data-testid="search-empty">
        Nothing matches “{props.query}”. Try fewer or shorter words.
      </p>
    );
  return (
    <ul className="card-list" data-testid="search-results">
      {hits.data.map((hit) => (
        <li key={`${hit.deckId}-${hit.questionId ?? 'deck'}`} className="card">
          {hit.questionId ? (
            <Link to={`/library/${hit.deckId}/${hit.questionId}`}>{hit.prompt}</Link>
          ) : (
            <Link to={`/library/${hit.deckId}`}>{hit.deckTitle}</Link>
          )}
          <span className="muted">
            {hit.questionId ? `${hit.deckTitle} · ` : ''}found in {where[hit.field]}
          </span>
        </li>
      ))}
    </ul>
  );
}
