import { Link } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { CameraCheck } from '../../presence/CameraCheck';
import { InterviewSetupForm } from './InterviewSetupForm';
import { InterviewList } from './InterviewList';
import './interview.css';

/** Set up a mock interview, or pick up one left unfinished. */
export function InterviewPage() {
  const decks = useApiQuery('decks.list', {}, ['decks']);
  return (
    <>
      <PageHeader
        title="Mock interview"
        subtitle="Questions back to back, like the real thing: think, answer, next. Feedback at the end."
      />
      {decks.status === 'loading' && <Loading />}
      {decks.status === 'error' && <ErrorNotice message={decks.message} onRetry={decks.reload} />}
      {decks.status === 'ready' && decks.data.length === 0 && (
        <EmptyState title="No questions to ask yet" action={<Link to="/library">Go to the Library</Link>}>
          <p>A mock interview draws its questions from your decks. Import a guide first.</p>
        </EmptyState>
      )}
      {decks.status === 'ready' && decks.data.length > 0 && (
        <>
          <CameraCheck />
          <InterviewSetupForm decks={decks.data} />
        </>
      )}
      <InterviewList />
    </>
  );
}
