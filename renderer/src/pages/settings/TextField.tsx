import { useState } from 'react';

/**
 * A text setting saved when the field is left (or Enter is pressed), and only when it changed. Until then
 * it shows what is stored, so a value refused by main or changed elsewhere never lingers as if saved.
 */
export function TextField(props: {
  label: string;
  value: string;
  type?: 'text' | 'url';
  minLength?: number;
  maxLength?: number;
  placeholder?: string;
  hint?: string;
  testId?: string;
  onCommit(value: string): void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const value = draft.trim();
    setDraft(null);
    if (value.length >= (props.minLength ?? 1) && value !== props.value) props.onCommit(value);
  };
  return (
    <label>
      {props.label}
      <input
        type={props.type ?? 'text'}
        value={draft ?? props.value}
        maxLength={props.maxLength}
        placeholder={props.placeholder}
        data-testid={props.testId}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
      {props.hint && <span className="field-hint">{props.hint}</span>}
    </label>
  );
}
