import { useRef, useState } from 'react';
import { AnswerVersions, CoachingNotes } from '../AnswerVersions';
import { kindLabels } from '../format-target';
import type { PreviewItem } from './preview-items';

export interface RowActions {
  update(patch: Partial<PreviewItem>): void;
  mergeWithNext?: () => void;
  split(lineIndex: number): void;
}

const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length - 1;

/** One found question, editable in place: prompt, section, target, answer; merge, split or drop it. */
export function PreviewRow(props: { item: PreviewItem; index: number; actions: RowActions }) {
  const { item, index, actions } = props;
  const [open, setOpen] = useState(false);
  const answer = useRef<HTMLTextAreaElement>(null);
  const noAnswer = !item.modelAnswer.trim();
  return (
    <li className={`preview-row${item.dropped ? ' dropped' : ''}`} data-testid="preview-row" data-line={item.line}>
      <div className="preview-main">
        <span className="preview-index">{index + 1}</span>
        <input
          aria-label={`Question ${index + 1}`}
          data-testid="preview-prompt"
          className="preview-prompt"
          value={item.prompt}
          disabled={item.dropped}
          onChange={(event) => actions.update({ prompt: event.target.value })}
        />
        <input
          aria-label={`Section of question ${index + 1}`}
          data-testid="preview-section"
          className="preview-section"
          value={item.section}
          placeholder="Section"
          disabled={item.dropped}
          onChange={(event) => actions.update({ section: event.target.value })}
        />
        <label
          className="preview-target"
          title={item.targetSource === 'stated' ? 'Target stated in the guide' : 'Target from the answer length'}
        >
          <input
            type="number"
            min={5}
            max={1800}
            step={5}
            data-testid="preview-target"
            aria-label={`Target seconds for question ${index + 1}`}
            value={item.targetSeconds}
            disabled={item.dropped}
            onChange={(event) => {
              const seconds = Math.round(Number(event.target.value));
              if (seconds > 0 && seconds <= 1800) actions.update({ targetSeconds: seconds, targetSource: 'stated' });
            }}
          />
          s{item.targetSource === 'stated' ? '' : '*'}
        </label>
        <span className="muted preview-kind">{kindLabels[item.kind]}</span>
      </div>
      <div className="preview-actions">
        {noAnswer && <span className="badge warn">No model answer</span>}
        <button type="button" data-testid="preview-toggle-answer" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? 'Hide answer' : 'Answer'}
        </button>
        {actions.mergeWithNext && (
          <button type="button" data-testid="preview-merge" disabled={item.dropped} onClick={actions.mergeWithNext}>
            Merge with next
          </button>
        )}
        <button type="button" data-testid="preview-drop" onClick={() => actions.update({ dropped: !item.dropped })}>
          {item.dropped ? 'Keep' : 'Drop'}
        </button>
      </div>
      {!item.dropped && (item.notes || item.alternatives?.length || item.sourceNote || item.tags?.length) ? (
        <div className="preview-extras">
          <AnswerVersions value={item} onChange={actions.update} />
          <CoachingNotes notes={item.notes} onDrop={() => actions.update({ notes: '' })} />
          {(item.sourceNote || item.tags?.length) && (
            <div className="muted" data-testid="preview-source">
              {item.sourceNote && <>Source: {item.sourceNote} </>}
              {item.tags?.length ? <>Tags: {item.tags.join(', ')}</> : null}
            </div>
          )}
        </div>
      ) : null}
      {open && (
        <div className="preview-answer">
          <textarea
            ref={answer}
            data-testid="preview-answer"
            aria-label={`Model answer for question ${index + 1}`}
            rows={Math.min(16, Math.max(4, item.modelAnswer.split('\n').length + 1))}
            value={item.modelAnswer}
            onChange={(event) => actions.update({ modelAnswer: event.target.value })}
          />
          <button
            type="button"
            data-testid="preview-split"
            title="Put the cursor on the line where another question starts"
            onClick={() => actions.split(lineAt(item.modelAnswer, answer.current?.selectionStart ?? 0))}
          >
            Split at cursor line
          </button>
        </div>
      )}
    </li>
  );
}
