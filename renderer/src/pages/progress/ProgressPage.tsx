import { Link } from 'react-router';
import { useApiQuery } from '../../api/use-api-query';
import { EmptyState } from '../../components/EmptyState';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { DeliveryCharts } from './DeliveryCharts';
import { GroupedScoreChart, OverallScoreChart } from './ScoreCharts';
import { StatCards } from './StatCards';
import { WeakestList } from './WeakestList';
import { WeeklyMinutesChart } from './WeeklyMinutesChart';
import { userTimeZone } from './chart-data';
import './progress.css';

export function ProgressPage() {
  const timeZone = userTimeZone();
  const overview = useApiQuery('progress.overview', { timeZone }, ['takes', 'jobs', 'decks']);
  return (
    <>
      <PageHeader
        title="Progress"
        subtitle="Scores over time, what is due, and your streak."
        actions={<Link to="/interview">Start a mock interview</Link>}
      />
      {overview.status === 'loading' && <Loading />}
      {overview.status === 'error' && <ErrorNotice message={overview.message} onRetry={overview.reload} />}
      {overview.status === 'ready' && overview.data.totals.takes === 0 && (
        <EmptyState title="No progress to show yet" action={<Link to="/practice">Record your first answer</Link>}>
          <p>Once you have answered a few questions, your scores, pace and fillers over time appear here.</p>
        </EmptyState>
      )}
      {overview.status === 'ready' && overview.data.totals.takes > 0 && (
        <div className="progress-page" data-testid="progress-ready" data-takes={overview.data.totals.takes}>
          <StatCards overview={overview.data} />
          <div className="progress-grid">
            <OverallScoreChart points={overview.data.scores.overall} granularity={overview.data.granularity} />
            <GroupedScoreChart
              byDeck={overview.data.scores.byDeck}
              bySection={overview.data.scores.bySection}
              granularity={overview.data.granularity}
            />
            <WeeklyMinutesChart weeks={overview.data.weeks} />
            <DeliveryCharts delivery={overview.data.delivery} granularity={overview.data.granularity} />
            <WeakestList questions={overview.data.weakest} />
          </div>
        </div>
      )}
    </>
  );
}
