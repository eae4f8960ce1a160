import { Link } from 'react-router';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';

export function ProgressPage() {
  return (
    <>
      <PageHeader title="Progress" subtitle="Scores over time, what is due, and your streak." />
      <EmptyState title="No progress to show yet" action={<Link to="/practice">Record your first answer</Link>}>
        <p>Once you have answered a few questions, your scores, pace and fillers over time appear here.</p>
      </EmptyState>
    </>
  );
}
