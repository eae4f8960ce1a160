import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { ImportPreview } from '@contract/decks';
import { defaultTargetOptions, type SkippedItem } from '@contract/deck-import';
import { api } from '../../../api/client';
import { describeError } from '../../../api/describe-error';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { PageHeader } from '../../../components/PageHeader';
import { FoundNotes } from './FoundNotes';
import { ImportProgress, type Reading } from './ImportProgress';
import { JobDescriptionDraft } from './JobDescriptionDraft';
import { PreviewRow } from './PreviewRow';
import {
  itemsFromPreview,
  keepSkipped,
  mergeWithNext,
  questionsToSave,
  splitAt,
  updateItem,
  type PreviewItem,
} from './preview-items';
import { initialTarget, saveLabel, SaveTargetPicker, targetDeckId, type SaveTarget } from './SaveTarget';
import { SourcePicker, type GuideSource } from './SourcePicker';
import '../library.css';

interface Draft {
  source: GuideSource;
  preview: ImportPreview;
  items: PreviewItem[];
  title: string;
  target: SaveTarget;
  kept: Set<SkippedItem>;
}

/** Import a guide: pick or paste it, check and fix what was found, save it as a deck. */
export function ImportPage() {
  const navigate = useNavigate();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const [canceling, setCanceling] = useState(false);
  // The import the page waits for; a canceled one's late answer is ignored.
  const current = useRef<string | null>(null);

  const show = (source: GuideSource, preview: ImportPreview) =>
    setDraft({
      source,
      preview,
      items: itemsFromPreview(preview),
      title: preview.title,
      target: initialTarget(preview),
      kept: new Set(),
    });

  const load = async (source: GuideSource) => {
    const importId = crypto.randomUUID();
    current.current = importId;
    setBusy(true);
    setError(null);
    setNotice(null);
    setCanceling(false);
    setReading({
      importId,
      label: source.fileName || 'pasted text',
      bytes: new TextEncoder().encode(source.text).length,
      startedAt: Date.now(),
    });
    try {
      const preview = await api.call('decks.previewImport', { ...source, importId });
      if (current.current !== importId) return;
      show(source, preview);
    } catch (e) {
      if (current.current !== importId) return;
      const { code, message } = describeError(e);
      if (code === 'CANCELED') setNotice(message);
      else setError(message);
    } finally {
      if (current.current === importId) {
        current.current = null;
        setReading(null);
        setBusy(false);
      }
    }
  };

  const cancel = async () => {
    const importId = current.current;
    if (!importId) return;
    setCanceling(true);
    try {
      const { canceled } = await api.call('decks.cancelImport', { importId });
      // Finished just before the click: its preview (or error) is on its way and will show.
      if (!canceled) setCanceling(false);
    } catch (e) {
      setCanceling(false);
      setError(describeError(e).message);
    }
  };

  const edit = (change: (items: PreviewItem[]) => PreviewItem[]) =>
    setDraft((d) => (d ? { ...d, items: change(d.items) } : d));

  const save = async () => {
    const deckId = draft && targetDeckId(draft.target, draft.preview);
    if (!draft || deckId === null) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('decks.saveImport', {
        title: draft.title.trim() || draft.preview.title,
        questions: questionsToSave(draft.items),
        deckId,
        fileName: draft.source.fileName,
        sourceHash: draft.preview.sourceHash,
      });
      void navigate(`/library/${result.deck.id}`, { state: { saved: result } });
    } catch (e) {
      setError(describeError(e).message);
      setBusy(false);
    }
  };

  const toSave = draft ? questionsToSave(draft.items).length : 0;
  const noDeckPicked = !!draft && targetDeckId(draft.target, draft.preview) === null;
  // Default targets follow edits at the pace the preview was worked out with (the setting when it was made).
  const pace = draft?.preview.wordsPerMinute ?? defaultTargetOptions.wordsPerMinute;
  return (
    <>
      <PageHeader
        title="Import a guide"
        subtitle="Rehearse finds the questions, model answers, sections and timing targets. Check them, fix anything misread, then save."
        actions={<Link to="/library">Back to library</Link>}
      />
      {error && <ErrorNotice message={error} />}
      {notice && (
        <p className="panel muted" role="status" data-testid="import-notice">
          {notice}
        </p>
      )}
      {reading && <ImportProgress reading={reading} canceling={canceling} onCancel={() => void cancel()} />}
      {!draft && <SourcePicker busy={busy} onSource={(s) => void load(s)} />}
      {!draft && <JobDescriptionDraft busy={busy} onBusy={setBusy} onError={setError} onDraft={show} />}
      {draft && (
        <div className="import-preview" data-testid="import-preview">
          <div className="panel import-save">
            <SaveTargetPicker
              preview={draft.preview}
              target={draft.target}
              title={draft.title}
              onTarget={(target) => setDraft({ ...draft, target })}
              onTitle={(title) => setDraft({ ...draft, title })}
            />
            <p className="muted">
              {draft.source.fileName || 'Pasted text'} · {draft.preview.format} · {toSave} of {draft.items.length}{' '}
              questions will be saved. Targets marked * come from the answer length at {pace} words per minute and
              follow it as you edit.
            </p>
            <div className="page-actions">
              <button
                type="button"
                className="primary"
                data-testid="import-save"
                disabled={busy || toSave === 0 || noDeckPicked}
                onClick={() => void save()}
              >
                {saveLabel(draft.target)}
              </button>
              <button type="button" onClick={() => setDraft(null)} disabled={busy}>
                Choose another file
              </button>
            </div>
          </div>
          <FoundNotes
            preview={draft.preview}
            kept={draft.kept}
            onKeep={(skipped) =>
              setDraft({ ...draft, items: keepSkipped(draft.items, skipped), kept: new Set([...draft.kept, skipped]) })
            }
          />
          <ol className="preview-list" data-testid="preview-list">
            {draft.items.map((item, index) => (
              <PreviewRow
                key={item.key}
                item={item}
                index={index}
                actions={{
                  update: (patch) => edit((items) => updateItem(items, item.key, patch, pace)),
                  mergeWithNext:
                    index < draft.items.length - 1
                      ? () => edit((items) => mergeWithNext(items, item.key, pace))
                      : undefined,
                  split: (line) => edit((items) => splitAt(items, item.key, line, pace)),
                }}
              />
            ))}
          </ol>
        </div>
      )}
    </>
  );
}
