import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import type { DeckSummary } from '@contract/decks';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { useApiQuery } from '../../api/use-api-query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { userTimeZone } from '../progress/chart-data';
import { DeckCard } from './DeckCard';
import { SearchResults } from './SearchResults';
import { UndoToast } from './UndoToast';
import './library.css';

const importLink = (testId: string) => (
  <Link to="/library/import" className="button-link primary" data-testid={testId}>
    Import a guide
  </Link>
);

/** The decks: search, rename, delete with Undo, and the way in to importing a guide. */
export function LibraryPage() {
  const decks = useApiQuery('decks.list', {}, ['decks', 'takes']);
  const due = useApiQuery('progress.dueCounts', { timeZone: userTimeZone() }, ['takes', 'jobs', 'decks']);
  const dueByDeck = new Map(due.status === 'ready' ? due.data.byDeck.map((d) => [d.deckId, d.dueToday]) : []);
  const [query, setQuery] = useState('');
  const [deleted, setDeleted] = useState<DeckSummary | null>(null);
  const [error, setError] = useState<string | null>(null);
  const closeToast = useCallback(() => setDeleted(null), []);

  const run = async (action: () => Promise<unknown>) => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(describeError(e).message);
    }
  };
  const remove = (deck: DeckSummary) =>
    void run(async () => {
      await api.call('decks.trash', { deckId: deck.id });
      setDeleted(deck);
    });
  const undo = (deck: DeckSummary) =>
    void run(async () => {
      setDeleted(null);
      await api.call('decks.restore', { deckId: deck.id });
    });

  const ownDecks = decks.status === 'ready' ? decks.data.filter((d) => !d.starter) : [];
  return (
    <>
      <PageHeader
        title="Library"
        subtitle="Your decks of interview questions and model answers."
        actions={importLink('import-link')}
      />
      {error && <ErrorNotice message={error} />}
      {due.status === 'ready' && due.data.dueToday > 0 && (
        <p className="due-banner" data-testid="due-banner">
          {due.data.dueToday} {due.data.dueToday === 1 ? 'question is' : 'questions are'} due for practice today.{' '}
          <Link to="/interview?due=1">{due.data.dueToday === 1 ? 'Practise it now' : 'Practise them now'}</Link>
        </p>
      )}
      <input
        type="search"
        className="library-search"
        data-testid="library-search"
        aria-label="Search decks and questions"
        placeholder="Search decks, questions and answers"
        value={query}
        onChange={(event) => setQuery(event.target.value)}
      />
      {query.trim() ? (
        <SearchResults query={query.trim()} />
      ) : (
        <>
          {decks.status === 'loading' && <Loading />}
          {decks.status === 'error' && <ErrorNotice message={decks.message} onRetry={decks.reload} />}
          {decks.status === 'ready' && ownDecks.length === 0 && (
            <EmptyState
              title={decks.data.length ? 'Bring your own guide' : 'No decks yet'}
              action={importLink('import-link-empty')}
            >
              <p>
                Import an interview-prep guide you already wrote (Markdown, CSV or JSON): its questions, model answers
                and timings become a deck you can practise.
                {decks.data.length > 0 && ' Until then, the starter deck below is ready to practise.'}
              </p>
            </EmptyState>
          )}
          {decks.status === 'ready' && decks.data.length > 0 && (
            <ul className="card-list" data-testid="deck-list">
              {decks.data.map((deck) => (
                <DeckCard
                  key={deck.id}
                  deck={deck}
                  dueToday={dueByDeck.get(deck.id) ?? 0}
                  onRename={(title) => run(() => api.call('decks.rename', { deckId: deck.id, title }))}
                  onDelete={() => remove(deck)}
                />
              ))}
            </ul>
          )}
        </>
      )}
      {deleted && (
        <UndoToast message={`Deleted “${deleted.title}”.`} onUndo={() => undo(deleted)} onClose={closeToast} />
      )}
    </>
  );
}
