import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { DeckSummary } from '@contract/decks';
import type { InterviewerOptions } from '@contract/follow-ups';
import type { InterviewOptionsInput } from '@contract/interviews';
import { api } from '../../api/client';
import { describeError } from '../../api/describe-error';
import { useApiQuery } from '../../api/use-api-query';
import { ErrorNotice } from '../../components/ErrorNotice';
import { userTimeZone } from '../progress/chart-data';
import { DeckFilters } from './DeckFilters';
import { InterviewerFields } from './InterviewerFields';

const minutes = (seconds: number) => Math.max(1, Math.round(seconds / 60));

/** The choices for one interview, with a live preview of what it would ask. */
export function InterviewSetupForm({ decks }: { decks: DeckSummary[] }) {
  const navigate = useNavigate();
  const timeZone = userTimeZone();
  // "Due today" links (from Progress) open the form set to every deck's due questions.
  const [params] = useSearchParams();
  const dueMode = params.get('due') === '1';
  const due = useApiQuery('progress.dueCounts', { timeZone }, ['takes', 'jobs', 'decks']);
  const [deckId, setDeckId] = useState<string>(dueMode ? '' : (decks[0]?.id ?? ''));
  const [sections, setSections] = useState<string[]>([]);
  const [difficulties, setDifficulties] = useState<string[]>([]);
  const [behavioralOnly, setBehavioralOnly] = useState(false);
  const [dueOnly, setDueOnly] = useState(dueMode);
  const [lengthKind, setLengthKind] = useState<'count' | 'minutes'>('count');
  const [count, setCount] = useState(5);
  const [totalMinutes, setTotalMinutes] = useState(30);
  const [feedbackBetween, setFeedbackBetween] = useState(false);
  const [interviewer, setInterviewer] = useState<InterviewerOptions>({ followUps: 0, voice: null, delivery: 'both' });
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  const options: InterviewOptionsInput = {
    deckId: deckId || null,
    sections,
    difficulties,
    behavioralOnly,
    dueOnly,
    length: lengthKind === 'count' ? { kind: 'count', count } : { kind: 'minutes', minutes: totalMinutes },
    feedbackBetween,
    interviewer,
    timeZone,
  };
  const preview = useApiQuery('interviews.preview', options, ['decks', 'takes']);
  const dueFor = (id: string) => (due.status === 'ready' ? due.data.byDeck.find((d) => d.deckId === id)?.dueToday : 0);

  const start = () => {
    setError(null);
    setStarting(true);
    api.call('interviews.create', options).then(
      (interview) => void navigate(`/interview/${interview.id}`),
      (e: unknown) => {
        setStarting(false);
        setError(describeError(e).message);
      },
    );
  };
  const chooseDeck = (id: string) => {
    setDeckId(id);
    setSections([]);
    setDifficulties([]);
  };

  return (
    <form
      className="panel settings-form interview-setup"
      onSubmit={(e) => e.preventDefault()}
      aria-label="New mock interview"
    >
      <h2>New mock interview</h2>
      <label>
        Questions from
        <select value={deckId} onChange={(e) => chooseDeck(e.target.value)} data-testid="interview-deck">
          {decks.map((deck) => (
            <option key={deck.id} value={deck.id}>
              {deck.title}
              {dueFor(deck.id) ? ` (${dueFor(deck.id)} due)` : ''}
            </option>
          ))}
          <option value="">All decks</option>
        </select>
      </label>
      {deckId && (
        <DeckFilters
          deckId={deckId}
          sections={sections}
          difficulties={difficulties}
          onSections={setSections}
          onDifficulties={setDifficulties}
        />
      )}
      <label className="checkbox">
        <input type="checkbox" checked={behavioralOnly} onChange={(e) => setBehavioralOnly(e.target.checked)} />
        Behavioural questions only
      </label>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={dueOnly}
          onChange={(e) => setDueOnly(e.target.checked)}
          data-testid="interview-due-only"
        />
        Only questions due for practice today
      </label>
      <fieldset className="interview-length">
        <legend>Length</legend>
        <label className="checkbox">
          <input type="radio" checked={lengthKind === 'count'} onChange={() => setLengthKind('count')} />
          <input
            type="number"
            min={1}
            max={50}
            value={count}
            aria-label="Number of questions"
            data-testid="interview-count"
            onChange={(e) => setCount(Math.min(50, Math.max(1, Math.round(Number(e.target.value) || 1))))}
          />
          questions
        </label>
        <label className="checkbox">
          <input type="radio" checked={lengthKind === 'minutes'} onChange={() => setLengthKind('minutes')} />
          <input
            type="number"
            min={1}
            max={180}
            value={totalMinutes}
            aria-label="Total minutes"
            onChange={(e) => setTotalMinutes(Math.min(180, Math.max(1, Math.round(Number(e.target.value) || 1))))}
          />
          minutes in total
        </label>
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={feedbackBetween} onChange={(e) => setFeedbackBetween(e.target.checked)} />
        Let me see feedback between questions (off: like a real interview, feedback at the end)
      </label>
      <InterviewerFields value={interviewer} onChange={setInterviewer} />
      <p className="muted" role="status" data-testid="interview-preview">
        {preview.status === 'ready' &&
          (preview.data.questions.length === 0
            ? 'No questions match these choices.'
            : `${preview.data.questions.length} of ${preview.data.available} matching questions, about ${minutes(preview.data.estimatedSeconds)} min with think time.`)}
        {due.status === 'ready' && ` ${due.data.dueToday} due for practice today across all decks.`}
      </p>
      {error && <ErrorNotice message={error} />}
      <button
        type="button"
        className="primary"
        onClick={start}
        disabled={starting || (preview.status === 'ready' && preview.data.questions.length === 0)}
      >
        Start the interview
      </button>
    </form>
  );
}
