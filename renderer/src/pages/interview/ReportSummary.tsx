import type { InterviewReport } from '@contract/interviews';

const areaNames = { content: 'Content', delivery: 'Delivery', timing: 'Timing', structure: 'Structure' } as const;
const fmt = (n: number | null, digits = 0) => (n === null ? '–' : n.toFixed(digits));

/** The figures across the interview, each beside its norm, and where points were lost. */
export function ReportSummary({ report }: { report: InterviewReport }) {
  const { averages, norms, weakestAreas } = report;
  const pending = averages.answered - averages.scored;
  return (
    <div className="report-summary">
      <section className="panel" aria-labelledby="report-overall">
        <h2 id="report-overall">Overall</h2>
        <dl className="report-figures">
          <dt>Average score</dt>
          <dd data-testid="report-average">{fmt(averages.overall)}</dd>
          <dt>Average pace</dt>
          <dd>
            {fmt(averages.wpm)} wpm{' '}
            <span className="muted">
              (norm {norms.wpmMin}–{norms.wpmMax})
            </span>
          </dd>
          <dt>Fillers per minute</dt>
          <dd>
            {fmt(averages.fillersPerMinute, 1)} <span className="muted">(at most {norms.fillersPerMinuteMax})</span>
          </dd>
          <dt>Time over target</dt>
          <dd>
            {averages.answersOverTarget === 0
              ? `none of ${averages.answered} answers over`
              : `${Math.round(averages.secondsOverTarget)} s over, in ${averages.answersOverTarget} of ${averages.answered} answers`}{' '}
            <span className="muted">(on time within ±{Math.round(norms.tolerance * 100)}%)</span>
          </dd>
        </dl>
        {pending > 0 && (
          <p className="muted" role="status">
            {pending} answer{pending === 1 ? ' is' : 's are'} still being transcribed or scored; this report updates by
            itself.
          </p>
        )}
      </section>
      <section className="panel" aria-labelledby="report-weakest">
        <h2 id="report-weakest">Weakest areas</h2>
        {weakestAreas.length === 0 ? (
          <p className="muted">Shown once answers are scored.</p>
        ) : (
          <ol>
            {weakestAreas.map((a) => (
              <li key={a.area}>
                {areaNames[a.area]}: {fmt(a.average)}
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
