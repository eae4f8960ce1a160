import { useState } from 'react';

/**
 * A number that is saved when the field is left (or Enter is pressed), so
 * half-typed values such as "1" on the way to "120" are never stored.
 */
export function NumberField(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  step?: number;
  hint?: string;
  testId?: string;
  onCommit(value: number): void;
}) {
  const [draft, setDraft] = useState<string | null>(null);
  const commit = () => {
    if (draft === null) return;
    const value = Number(draft);
    setDraft(null);
    if (
      draft.trim() !== '' &&
      Number.isFinite(value) &&
      value >= props.min &&
      value <= props.max &&
      value !== props.value
    ) {
      props.onCommit(value);
    }
  };
  return (
    <label>
      {props.label}
      <input
        type="number"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        value={draft ?? String(props.value)}
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
