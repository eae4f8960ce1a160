import { Fragment } from 'react';
import { Link } from 'react-router';
import type { InterviewReport } from '@contract/interviews';

type Row = InterviewReport['rows'][number];

const stateWords: Record<Row['state'], string> = {
  unanswered: 'Not answered',
  skipped: 'Skipped',
  processing: 'Scoring…',
  failed: 'Could not be scored',
  scored: '',
};

const secs = (n: number | null) => (n === null ? '–' : `${Math.round(n)} s`);
const signed = (n: number | null) =>
  n === null ? '' : `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(Math.round(n))} s`;

/** The interviewer's follow-ups under the answer they followed up on, and the points they drew out. */
function FollowUpRows({ row }: { row: Row }) {
  return (
    <>
      {row.followUps.map((f, i) => (
        <tr key={f.takeId} className="report-follow-up" data-testid="report-follow-up" data-state={f.state}>
          <td />
          <th scope="row" className="report-prompt">
            <span className="muted">Follow-up {i + 1}: </span>
            <Link to={`/review/${f.takeId}`}>{f.text}</Link>
            {f.generator === 'llm' && <span className="muted"> (asked by the LLM interviewer)</span>}
          </th>
          <td data-testid="report-follow-up-score">
            {f.overall ?? <span className="muted">{stateWords[f.state]}</span>}
          </td>
          <td colSpan={3} className="muted">
            {f.content === null ? '' : `Probed key points: ${f.content}`}
          </td>
        </tr>
      ))}
      {row.recovered.length > 0 && (
        <tr className="report-follow-up" data-testid="report-recovered">
          <td />
          <td colSpan={5}>Recovered on prompting: {row.recovered.join('; ')}</td>
        </tr>
      )}
    </>
  );
}

export function ReportTable({ rows }: { rows: Row[] }) {
  return (
    <section className="panel" aria-labelledby="report-questions">
      <h2 id="report-questions">Questions</h2>
      <div className="report-table-wrap">
        <table className="report-table" data-testid="report-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Question</th>
              <th scope="col">Score</th>
              <th scope="col">Time / target</th>
              <th scope="col">Pace</th>
              <th scope="col">Fillers/min</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <Fragment key={row.position}>
                <tr data-testid="report-row" data-state={row.state}>
                  <td>{row.position + 1}</td>
                  <th scope="row" className="report-prompt">
                    {row.takeId ? <Link to={`/review/${row.takeId}`}>{row.prompt}</Link> : row.prompt}
                  </th>
                  <td>{row.overall ?? <span className="muted">{stateWords[row.state]}</span>}</td>
                  <td>
                    {secs(row.durationSeconds)} / {row.targetSeconds} s{' '}
                    {row.timing && (
                      <span className={`timing-${row.timing}`}>
                        {signed(row.overSeconds)} ({row.timing === 'on' ? 'on time' : row.timing})
                      </span>
                    )}
                  </td>
                  <td>{row.wpm === null ? '–' : `${Math.round(row.wpm)} wpm`}</td>
                  <td>{row.fillersPerMinute === null ? '–' : row.fillersPerMinute.toFixed(1)}</td>
                </tr>
                <FollowUpRows row={row} />
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
