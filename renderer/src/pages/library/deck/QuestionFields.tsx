import type { QuestionInput } from '@contract/decks';
import { difficultyLabels, kindLabels } from '../format-target';

/** The short fields of a question: prompt, section, kind, difficulty and timing target. */
export function QuestionFields(props: { value: QuestionInput; onChange(patch: Partial<QuestionInput>): void }) {
  const { value, onChange } = props;
  return (
    <div className="question-fields">
      <label className="wide">
        Question
        <input
          data-testid="editor-prompt"
          value={value.prompt}
          onChange={(e) => onChange({ prompt: e.target.value })}
        />
      </label>
      <label className="wide">
        Section
        <input
          data-testid="editor-section"
          value={value.section}
          onChange={(e) => onChange({ section: e.target.value })}
        />
      </label>
      <label>
        Kind
        <select
          data-testid="editor-kind"
          value={value.kind}
          onChange={(e) => onChange({ kind: e.target.value as QuestionInput['kind'] })}
        >
          {Object.entries(kindLabels).map(([kind, label]) => (
            <option key={kind} value={kind}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Difficulty
        <select
          data-testid="editor-difficulty"
          value={value.difficulty ?? ''}
          onChange={(e) => onChange({ difficulty: (e.target.value || null) as QuestionInput['difficulty'] })}
        >
          <option value="">Not set</option>
          {Object.entries(difficultyLabels).map(([level, label]) => (
            <option key={level} value={level}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Target (seconds){value.targetSource === 'default' ? ', from the answer length' : ''}
        <input
          type="number"
          min={5}
          max={1800}
          step={5}
          data-testid="editor-target"
          value={value.targetSeconds}
          onChange={(e) => {
            const seconds = Math.round(Number(e.target.value));
            if (seconds > 0 && seconds <= 1800) onChange({ targetSeconds: seconds, targetSource: 'stated' });
          }}
        />
      </label>
    </div>
  );
}
