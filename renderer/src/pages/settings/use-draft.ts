import { useState } from 'react';

/**
 * What a settings field shows and when it saves: the stored value until the user types, their draft while
 * they do, and on leaving the field (or Enter) `commit` with the draft, after which the stored value shows
 * again. Half-typed values ("1" on the way to "120") are never saved.
 */
export function useDraft(stored: string, commit: (draft: string) => void) {
  const [draft, setDraft] = useState<string | null>(null);
  const finish = () => {
    if (draft === null) return;
    setDraft(null);
    commit(draft);
  };
  return {
    value: draft ?? stored,
    onChange: (e: { target: { value: string } }) => setDraft(e.target.value),
    onBlur: finish,
    onKeyDown: (e: { key: string }) => {
      if (e.key === 'Enter') finish();
    },
  };
}
