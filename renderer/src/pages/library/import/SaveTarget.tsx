import { useEffect, useState } from 'react';
import type { DeckSummary, ImportPreview } from '@contract/decks';
import { api } from '../../../api/client';
import { describeError } from '../../../api/describe-error';
import './save-target.css';

/** Where the previewed questions go: a new deck, the deck this file made before, or any other deck. */
export type SaveTarget = { kind: 'new' } | { kind: 'previous' } | { kind: 'other'; deckId: string };

export const initialTarget = (preview: ImportPreview): SaveTarget =>
  preview.existingDeck ? { kind: 'previous' } : { kind: 'new' };

/** The deck to update, undefined for a new one, null while "another deck" has none picked. */
export function targetDeckId(target: SaveTarget, preview: ImportPreview): string | undefined | null {
  if (target.kind === 'new') return undefined;
  if (target.kind === 'previous') return preview.existingDeck?.id;
  return target.deckId || null;
}

export function saveLabel(target: SaveTarget): string {
  if (target.kind === 'new') return 'Save deck';
  return target.kind === 'previous' ? 'Update deck' : 'Add to deck';
}

/** New deck with its title, "Update <deck>" when this file was imported before, or a deck picked from the list. */
export function SaveTargetPicker(props: {
  preview: ImportPreview;
  target: SaveTarget;
  title: string;
  onTarget(target: SaveTarget): void;
  onTitle(title: string): void;
}) {
  const { preview, target } = props;
  const [decks, setDecks] = useState<DeckSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    api.call('decks.list', {}).then(
      (list) => live && setDecks(list),
      (e: unknown) => live && setError(describeError(e).message),
    );
    return () => {
      live = false;
    };
  }, []);

  const pick = (deckId: string) => props.onTarget({ kind: 'other', deckId });
  return (
    <fieldset className="save-target" data-testid="import-target">
      <legend>Save to</legend>
      <label className="save-target-option">
        <input
          type="radio"
          name="save-target"
          data-testid="import-target-new"
          checked={target.kind === 'new'}
          onChange={() => props.onTarget({ kind: 'new' })}
        />
        New deck
      </label>
      <label className="save-target-title">
        Deck title
        <input
          data-testid="import-title"
          value={props.title}
          disabled={target.kind !== 'new'}
          onChange={(event) => props.onTitle(event.target.value)}
        />
      </label>
      {preview.existingDeck && (
        <label className="save-target-option">
          <input
            type="radio"
            name="save-target"
            data-testid="import-target-previous"
            checked={target.kind === 'previous'}
            onChange={() => props.onTarget({ kind: 'previous' })}
          />
          Update “{preview.existingDeck.title}”, imported from this file before (keeps its recordings)
        </label>
      )}
      <label className="save-target-option">
        <input
          type="radio"
          name="save-target"
          data-testid="import-target-other"
          checked={target.kind === 'other'}
          disabled={!decks?.length}
          onChange={() => pick(target.kind === 'other' ? target.deckId : '')}
        />
        Add to / update an existing deck
      </label>
      {target.kind === 'other' && (
        <label className="save-target-title">
          Deck
          <select data-testid="import-target-deck" value={target.deckId} onChange={(event) => pick(event.target.value)}>
            <option value="">Choose a deck…</option>
            {decks?.map((deck) => (
              <option key={deck.id} value={deck.id}>
                {deck.title} ({deck.questionCount} {deck.questionCount === 1 ? 'question' : 'questions'})
              </option>
            ))}
          </select>
          <span className="muted">
            Questions it already has are updated in place and keep their recordings; new ones are added.
          </span>
        </label>
      )}
      {error && <p className="muted">Could not list your decks: {error}</p>}
    </fieldset>
  );
}
