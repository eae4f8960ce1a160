import type { QuestionInput } from '@contract/decks';
import { dropAlternative, pickAlternative } from './answer-choice';
import { MarkdownView } from './deck/MarkdownView';

/**
 * The other versions of a model answer a guide gave ("Short (30s)" / "Longer
 * (90s)"): pick the one to rehearse, with its own target, or drop one.
 */
export function AnswerVersions(props: {
  value: QuestionInput;
  disabled?: boolean;
  onChange(patch: Partial<QuestionInput>): void;
}) {
  const { value, disabled, onChange } = props;
  const alternatives = value.alternatives ?? [];
  if (alternatives.length === 0) return null;
  return (
    <div className="answer-versions" data-testid="answer-versions">
      <div className="muted">
        Rehearsing <strong data-testid="answer-label">{value.answerLabel || 'the imported answer'}</strong> (
        {value.targetSeconds} s). Other versions:
      </div>
      <ul>
        {alternatives.map((alt, index) => (
          <li key={`${alt.label}-${index}`} data-testid="alternative">
            <details>
              <summary>
                <span data-testid="alternative-label">{alt.label}</span> · {alt.targetSeconds} s
              </summary>
              <MarkdownView text={alt.modelAnswer} testId="alternative-answer" />
            </details>
            <button
              type="button"
              data-testid="alternative-pick"
              disabled={disabled}
              onClick={() => onChange(pickAlternative(value, index))}
            >
              Rehearse this one
            </button>
            <button
              type="button"
              data-testid="alternative-drop"
              disabled={disabled}
              onClick={() => onChange(dropAlternative(value, index))}
            >
              Drop
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Coaching on how to answer, kept beside the question and never scored. */
export function CoachingNotes(props: { notes: string | undefined; onDrop?: () => void; disabled?: boolean }) {
  if (!props.notes?.trim()) return null;
  return (
    <div className="coaching-notes" data-testid="coaching-notes">
      <div className="muted">Coaching notes (not scored)</div>
      <MarkdownView text={props.notes} testId="coaching-notes-text" />
      {props.onDrop && (
        <button type="button" data-testid="coaching-notes-drop" disabled={props.disabled} onClick={props.onDrop}>
          Drop notes
        </button>
      )}
    </div>
  );
}
