import { Link } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { RecoveryNotice } from './RecoveryNotice';
import { TranscriptionNotice } from './TranscriptionNotice';

export function PracticePage() {
  const decks = useApiQuery('decks.list', {}, ['decks']);
  return (
    <>
      <PageHeader title="Practice" subtitle="Answer out loud, on camera, against the clock." />
      <RecoveryNotice />
      <TranscriptionNotice />
      {decks.status === 'loading' && <Loading />}
      {decks.status === 'error' && <ErrorNotice message={decks.message} onRetry={decks.reload} />}
      {decks.status === 'ready' && decks.data.length === 0 && (
        <EmptyState title="Nothing to practise yet" action={<Link to="/library">Go to the Library</Link>}>
          <p>Practice needs a deck of questions. Import a guide in the Library first.</p>
        </EmptyState>
      )}
      {decks.status === 'ready' && decks.data.length > 0 && (
        <ul className="card-list">
          {decks.data.map((deck) => (
            <li key={deck.id} className="card">
              <Link to={`/practice/${deck.id}`}>{deck.title}</Link>
              <span className="muted">{deck.questionCount} questions</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
