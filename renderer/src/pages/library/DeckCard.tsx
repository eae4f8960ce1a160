import { useState } from 'react';
import { Link } from 'react-router';
import type { DeckSummary } from '@contract/decks';

/** One deck in the library: open it, rename it in place, or delete it (with Undo). */
export function DeckCard(props: {
  deck: DeckSummary;
  dueToday?: number;
  onRename(title: string): Promise<void>;
  onDelete(): void;
}) {
  const { deck } = props;
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(deck.title);
  const commit = async () => {
    const next = title.trim();
    if (next && next !== deck.title) await props.onRename(next);
    setEditing(false);
  };
  return (
    <li className="card deck-card" data-testid="deck-card" data-deck-id={deck.id}>
      {editing ? (
        <form
          className="rename-form"
          onSubmit={(event) => {
            event.preventDefault();
            void commit();
          }}
        >
          <input
            aria-label="Deck title"
            data-testid="deck-rename-input"
            value={title}
            autoFocus
            onChange={(event) => setTitle(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                setTitle(deck.title);
                setEditing(false);
              }
            }}
          />
          <button type="submit" data-testid="deck-rename-save">
            Save
          </button>
        </form>
      ) : (
        <div>
          <Link to={`/library/${deck.id}`} data-testid="deck-title">
            {deck.title}
          </Link>
          {deck.starter && <span className="badge">Starter</span>}
          <div className="muted">
            {deck.questionCount} {deck.questionCount === 1 ? 'question' : 'questions'} · {deck.takeCount}{' '}
            {deck.takeCount === 1 ? 'take' : 'takes'}
            {!!props.dueToday && (
              <>
                {' · '}
                <span className="due-count" data-testid="deck-due">
                  {props.dueToday} due today
                </span>
              </>
            )}
          </div>
        </div>
      )}
      <div className="page-actions">
        <Link to={`/practice/${deck.id}`}>Practise</Link>
        {!editing && (
          <button type="button" data-testid="deck-rename" onClick={() => setEditing(true)}>
            Rename
          </button>
        )}
        <button type="button" className="danger" data-testid="deck-delete" onClick={props.onDelete}>
          Delete
        </button>
      </div>
    </li>
  );
}
