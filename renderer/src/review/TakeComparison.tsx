import type { TakeSummary } from '@contract/review';
import { dateLabel } from './format';
import { statusLabel } from './key-point-match';
import { partLabel } from './ScorePanel';

const figure = (value: number | null, digits = 0) =>
  value === null ? '—' : String(Math.round(value * 10 ** digits) / 10 ** digits);

/** Two takes side by side: scores, pace, fillers and which key points each covered. */
export function TakeComparison({
  takes,
  names,
}: {
  takes: readonly [TakeSummary, TakeSummary];
  names: readonly [string, string];
}) {
  const [a, b] = takes;
  const parts = (a.breakdown ?? b.breakdown ?? []).map((part) => part.key);
  const partScore = (take: TakeSummary, key: string) => take.breakdown?.find((part) => part.key === key)?.score ?? null;
  const rows: [string, string, string][] = [
    ['Overall', figure(a.overall), figure(b.overall)],
    ...parts.map((key): [string, string, string] => [
      partLabel[key],
      figure(partScore(a, key)),
      figure(partScore(b, key)),
    ]),
    ['Pace (wpm)', figure(a.wpm), figure(b.wpm)],
    ['Fillers per minute', figure(a.fillersPerMinute, 1), figure(b.fillersPerMinute, 1)],
  ];
  const pointTexts = [...new Set([...a.keyPoints, ...b.keyPoints].map((point) => point.text))];
  const statusOf = (take: TakeSummary, text: string) => {
    const status = take.keyPoints.find((point) => point.text === text)?.status;
    return status ? <span className={`kp-badge ${status}`}>{statusLabel[status]}</span> : '—';
  };
  return (
    <section className="panel comparison" aria-label="Comparison" data-testid="comparison">
      <h2>Comparison</h2>
      <table>
        <thead>
          <tr>
            <th scope="col" />
            {[a, b].map((take, i) => (
              <th scope="col" key={take.take.id}>
                {names[i]}
                <div className="muted">{dateLabel(take.take.startedAt)}</div>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, left, right]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{left}</td>
              <td>{right}</td>
            </tr>
          ))}
          {pointTexts.map((text) => (
            <tr key={text} className="comparison-point">
              <th scope="row">{text}</th>
              <td>{statusOf(a, text)}</td>
              <td>{statusOf(b, text)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
