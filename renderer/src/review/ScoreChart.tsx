import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { TakeSummary } from '@contract/review';
import { dateLabel } from './format';

/** The overall score across takes, oldest first, with the same figures as a table for screen readers. */
export function ScoreChart({ takes }: { takes: readonly TakeSummary[] }) {
  const points = takes
    .map((take, index) => ({ take: `#${index + 1}`, score: take.overall, date: take.take.startedAt }))
    .filter((point): point is { take: string; score: number; date: string } => point.score !== null);
  if (points.length < 2) return null;
  return (
    <figure className="score-chart" data-testid="score-chart">
      <figcaption>Overall score by take</figcaption>
      <div aria-hidden="true">
        <LineChart width={360} height={160} data={points} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
          <XAxis dataKey="take" stroke="var(--muted)" />
          <YAxis domain={[0, 100]} stroke="var(--muted)" />
          <Tooltip />
          <Line type="monotone" dataKey="score" stroke="var(--accent)" strokeWidth={2} isAnimationActive={false} />
        </LineChart>
      </div>
      <details>
        <summary>Show as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">Take</th>
              <th scope="col">Date</th>
              <th scope="col">Score</th>
            </tr>
          </thead>
          <tbody>
            {points.map((point) => (
              <tr key={point.take}>
                <td>{point.take}</td>
                <td>{dateLabel(point.date)}</td>
                <td>{Math.round(point.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
