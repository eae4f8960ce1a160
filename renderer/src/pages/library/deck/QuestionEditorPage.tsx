import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { Question, QuestionInput } from '@contract/decks';
import { api } from '../../../api/client';
import { describeError } from '../../../api/describe-error';
import { useApiQuery } from '../../../api/use-api-query';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { AnswerVersions } from '../AnswerVersions';
import { QuestionFields } from './QuestionFields';
import { MarkdownView } from './MarkdownView';
import '../library.css';

const editable = (q: Question): QuestionInput => ({
  prompt: q.prompt,
  modelAnswer: q.modelAnswer,
  section: q.section,
  difficulty: q.difficulty === 'easy' || q.difficulty === 'medium' || q.difficulty === 'hard' ? q.difficulty : null,
  kind: q.kind,
  targetSeconds: q.targetSeconds,
  targetSource: q.targetSource,
  notes: q.notes ?? '',
  answerLabel: q.answerLabel ?? '',
  alternatives: q.alternatives ?? [],
  ...(q.sourceNote ? { sourceNote: q.sourceNote } : {}),
  ...(q.tags ? { tags: q.tags } : {}),
});

/** Edit one question; the model answer is written in Markdown and shown as it will read. */
export function QuestionEditorPage() {
  const { deckId = '', questionId = '' } = useParams();
  const deck = useApiQuery('decks.get', { deckId }, ['decks']);
  if (deck.status === 'loading') return <Loading />;
  if (deck.status === 'error') return <ErrorNotice message={deck.message} onRetry={deck.reload} />;
  const question = deck.data.questions.find((q) => q.id === questionId);
  if (!question) return <ErrorNotice message="That question no longer exists." />;
  return <QuestionEditor key={question.id} deckTitle={deck.data.title} question={question} />;
}

function QuestionEditor(props: { deckTitle: string; question: Question }) {
  const { id: questionId, deckId } = props.question;
  const navigate = useNavigate();
  const [draft, setDraft] = useState<QuestionInput>(() => editable(props.question));
  const [status, setStatus] = useState<{ error?: string; saved?: boolean }>({});

  const save = async () => {
    try {
      await api.call('decks.updateQuestion', { questionId, patch: { ...draft, prompt: draft.prompt.trim() } });
      setStatus({ saved: true });
    } catch (e) {
      setStatus({ error: describeError(e).message });
    }
  };
  const remove = async () => {
    if (!window.confirm('Delete this question and its recorded takes?')) return;
    try {
      await api.call('decks.deleteQuestion', { questionId });
      void navigate(`/library/${deckId}`);
    } catch (e) {
      setStatus({ error: describeError(e).message });
    }
  };
  const change = (patch: Partial<QuestionInput>) => {
    setDraft({ ...draft, ...patch });
    setStatus({});
  };

  return (
    <>
      <PageHeader
        title="Edit question"
        subtitle={props.deckTitle}
        actions={<Link to={`/library/${deckId}`}>Back to deck</Link>}
      />
      {status.error && <ErrorNotice message={status.error} />}
      <form
        className="question-editor"
        data-testid="question-editor"
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <QuestionFields value={draft} onChange={change} />
        <div className="answer-editor">
          <label>
            Model answer (Markdown)
            <textarea
              data-testid="editor-answer"
              rows={18}
              value={draft.modelAnswer}
              onChange={(event) => change({ modelAnswer: event.target.value })}
            />
          </label>
          <div>
            <div className="muted">Preview</div>
            <MarkdownView text={draft.modelAnswer} testId="editor-preview" />
          </div>
        </div>
        <AnswerVersions value={draft} onChange={change} />
        <label className="notes-editor">
          Coaching notes (shown in the review, not scored)
          <textarea
            data-testid="editor-notes"
            rows={Math.min(10, Math.max(3, (draft.notes ?? '').split('\n').length + 1))}
            value={draft.notes ?? ''}
            onChange={(event) => change({ notes: event.target.value })}
          />
        </label>
        {draft.sourceNote && <p className="muted">Source: {draft.sourceNote}</p>}
        <div className="page-actions">
          <button type="submit" className="primary" data-testid="editor-save" disabled={!draft.prompt.trim()}>
            Save
          </button>
          {status.saved && (
            <span className="muted" role="status" data-testid="editor-saved">
              Saved
            </span>
          )}
          <button type="button" className="danger" data-testid="editor-delete" onClick={() => void remove()}>
            Delete question
          </button>
        </div>
      </form>
    </>
  );
}
