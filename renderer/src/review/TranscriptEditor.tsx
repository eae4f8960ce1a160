import { useState } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { useFormAction } from '../components/use-form-action';

interface TranscriptEditorProps {
  text: string;
  /** The transcript already carries the user's corrections (the recogniser's version is kept). */
  edited: boolean;
  onSave(text: string): Promise<void>;
  onRestore(): Promise<void>;
  onClose(): void;
}

/** Fix words the recogniser got wrong; the take is scored again on save. */
export function TranscriptEditor({ text, edited, onSave, onRestore, onClose }: TranscriptEditorProps) {
  const [draft, setDraft] = useState(text);
  const { busy, error, run } = useFormAction(onClose);

  return (
    <form
      className="transcript-editor"
      onSubmit={(event) => {
        event.preventDefault();
        void run(() => onSave(draft));
      }}
    >
      <label htmlFor="transcript-draft">
        Correct the transcript; word timings are kept for words you leave as they are.
      </label>
      <textarea
        id="transcript-draft"
        rows={12}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        disabled={busy}
      />
      {error && <ErrorNotice message={error} />}
      <div className="editor-actions">
        <button type="submit" className="primary" disabled={busy || draft.trim() === text.trim()}>
          {busy ? 'Saving…' : 'Save and rescore'}
        </button>
        <button type="button" onClick={onClose} disabled={busy}>
          Cancel
        </button>
        {edited && (
          <button type="button" onClick={() => void run(onRestore)} disabled={busy}>
            Restore the original
          </button>
        )}
      </div>
    </form>
  );
}
