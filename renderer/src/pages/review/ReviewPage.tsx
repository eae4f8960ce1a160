import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function ReviewPage() {
  return (
    <>
      <PageHeader title="Review" subtitle="Replay your takes with a synced transcript and feedback." />
      <EmptyState title="No takes to review yet" action={<Link to="/practice">Start practising</Link>}>
        <p>Record an answer in Practice. Its recording, transcript and feedback will appear here.</p>
      </EmptyState>
    </>
  );
}
