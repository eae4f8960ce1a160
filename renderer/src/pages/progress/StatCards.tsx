import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { ProgressOverview } from '@contract/progress';

function Stat(props: { label: string; value: string; detail?: ReactNode; testId: string }) {
  return (
    <div className="stat-card" data-testid={props.testId}>
      <span className="stat-label">{props.label}</span>
      <span className="stat-value">{props.value}</span>
      {props.detail && <span className="muted stat-detail">{props.detail}</span>}
    </div>
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The headline figures: streak, this week's minutes, what is due, how much has been done. */
export function StatCards(props: { overview: ProgressOverview }) {
  const { streak, weeks, due, totals } = props.overview;
  const thisWeek = weeks.at(-1);
  return (
    <div className="stat-cards" role="group" aria-label="Summary">
      <Stat
        testId="stat-streak"
        label="Streak"
        value={plural(streak.current, 'day')}
        detail={
          streak.current > 0 && !streak.practisedToday
            ? 'Practise today to keep it going'
            : `Longest: ${plural(streak.longest, 'day')}`
        }
      />
      <Stat
        testId="stat-week"
        label="This week"
        value={`${thisWeek?.minutes ?? 0} min`}
        detail={plural(thisWeek?.takes ?? 0, 'take')}
      />
      <Stat
        testId="stat-due"
        label="Due today"
        value={String(due.dueToday)}
        detail={
          due.dueToday > 0 ? (
            <Link to="/interview?due=1">
              {due.dueToday === 1 ? 'Practise it' : 'Practise them'} as a mock interview
            </Link>
          ) : (
            `${due.newQuestions} never practised`
          )
        }
      />
      <Stat
        testId="stat-takes"
        label="Takes"
        value={String(totals.takes)}
        detail={`${totals.minutes} min over ${plural(totals.questionsPractised, 'question')}`}
      />
    </div>
  );
}
