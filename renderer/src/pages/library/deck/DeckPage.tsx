import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { ImportFormat } from '@contract/deck-import';
import type { SaveImportResult } from '@contract/decks';
import { api } from '../../../api/client';
import { describeError } from '../../../api/describe-error';
import { useApiQuery } from '../../../api/use-api-query';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { Loading } from '../../../components/Loading';
import { PageHeader } from '../../../components/PageHeader';
import { formatTarget, kindLabels } from '../format-target';
import { download } from '../../../components/download';
import '../library.css';

const formats: [ImportFormat, string][] = [
  ['markdown', 'Markdown'],
  ['csv', 'CSV'],
  ['json', 'JSON'],
];

/** A deck's questions grouped by section, with export and a way to add a question. */
export function DeckPage() {
  const { deckId = '' } = useParams();
  const navigate = useNavigate();
  const saved = (useLocation().state as { saved?: SaveImportResult } | null)?.saved;
  const deck = useApiQuery('decks.get', { deckId }, ['decks']);
  const [error, setError] = useState<string | null>(null);

  const exportAs = async (format: ImportFormat) => {
    try {
      const file = await api.call('decks.export', { deckId, format });
      download({ fileName: file.fileName, mimeType: file.mimeType, content: file.text });
    } catch (e) {
      setError(describeError(e).message);
    }
  };
  const addQuestion = async () => {
    try {
      const question = await api.call('decks.addQuestion', {
        deckId,
        question: {
          prompt: 'New question',
          modelAnswer: '',
          section: '',
          difficulty: null,
          kind: 'technical',
          targetSeconds: 60,
          targetSource: 'stated',
        },
      });
      void navigate(`/library/${deckId}/${question.id}`);
    } catch (e) {
      setError(describeError(e).message);
    }
  };

  if (deck.status === 'loading') return <Loading />;
  if (deck.status === 'error') return <ErrorNotice message={deck.message} onRetry={deck.reload} />;
  const { questions } = deck.data;
  return (
    <>
      <PageHeader
        title={deck.data.title}
        subtitle={`${questions.length} questions · ${deck.data.takeCount} takes`}
        actions={
          <>
            <Link to="/library">Library</Link>
            <Link to={`/practice/${deckId}`} className="button-link primary">
              Practise
            </Link>
          </>
        }
      />
      {saved && (
        <p className="notice" data-testid="import-saved">
          Saved: {saved.added} added, {saved.updated} updated, {saved.unchanged} unchanged.
        </p>
      )}
      {error && <ErrorNotice message={error} />}
      <div className="page-actions deck-tools">
        <span className="muted">Export as</span>
        {formats.map(([format, label]) => (
          <button key={format} type="button" data-testid={`export-${format}`} onClick={() => void exportAs(format)}>
            {label}
          </button>
        ))}
        <button type="button" data-testid="add-question" onClick={() => void addQuestion()}>
          Add a question
        </button>
      </div>
      {questions.length === 0 ? (
        <EmptyState title="No questions in this deck">
          <p>Add a question, or import a guide into a new deck from the library.</p>
        </EmptyState>
      ) : (
        <ol className="card-list" data-testid="question-list">
          {questions.map((q, i) => (
            <li key={q.id} className="card question-card" data-testid="question-card">
              <div>
                {(i === 0 || questions[i - 1]!.section !== q.section) && q.section && (
                  <div className="muted section-label">{q.section}</div>
                )}
                <Link to={`/library/${deckId}/${q.id}`}>{q.prompt}</Link>
              </div>
              <span className="muted">
                {kindLabels[q.kind]} · {formatTarget(q.targetSeconds)}
                {!q.modelAnswer.trim() && <span className="badge warn">No model answer</span>}
              </span>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
