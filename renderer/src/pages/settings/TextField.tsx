import { useDraft } from './use-draft';

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
  hint?: string;
  testId?: string;
  onCommit(value: string): void;
}) {
  const field = useDraft(props.value, (draft) => {
    const value = draft.trim();
    if (value.length >= (props.minLength ?? 1) && value !== props.value) props.onCommit(value);
  });
  return (
    <label>
      {props.label}
      <input type={props.type ?? 'text'} maxLength={props.maxLength} data-testid={props.testId} {...field} />
      {props.hint && <span className="field-hint">{props.hint}</span>}
    </label>
  );
}
