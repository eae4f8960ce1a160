import { useDraft } from './use-draft';

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
  const field = useDraft(String(props.value), (draft) => {
    const value = Number(draft);
    if (
      draft.trim() !== '' &&
      Number.isFinite(value) &&
      value >= props.min &&
      value <= props.max &&
      value !== props.value
    ) {
      props.onCommit(value);
    }
  });
  return (
    <label>
      {props.label}
      <input
        type="number"
        min={props.min}
        max={props.max}
        step={props.step ?? 1}
        data-testid={props.testId}
        {...field}
      />
      {props.hint && <span className="field-hint">{props.hint}</span>}
    </label>
  );
}
