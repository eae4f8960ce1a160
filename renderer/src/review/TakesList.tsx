import { Link } from 'react-router';
import type { TakeSummary } from '@contract/review';
import { dateLabel, durationLabel } from './format';

interface TakesListProps {
  takes: readonly TakeSummary[];
  currentId: string;
  selected: readonly string[];
  onSelect(ids: string[]): void;
}

const stateLabel: Record<TakeSummary['state'], string> = {
  recording: 'recording',
  queued: 'queued',
  transcribing: 'transcribing',
  scoring: 'scoring',
  failed: 'failed',
  ready: '—',
};

/** Every take of the question with its date, length and score; tick two to compare them. */
export function TakesList({ takes, currentId, selected, onSelect }: TakesListProps) {
  const toggle = (id: string) => {
    if (selected.includes(id)) onSelect(selected.filter((s) => s !== id));
    // Picking a third replaces the older pick, so two stay selected.
    else onSelect([...selected, id].slice(-2));
  };
  return (
    <table className="takes" data-testid="takes">
      <thead>
        <tr>
          <th scope="col">Compare</th>
          <th scope="col">Take</th>
          <th scope="col">Length</th>
          <th scope="col">Score</th>
        </tr>
      </thead>
      <tbody>
        {takes.map((take, index) => {
          const label = take.take.name || `Take ${index + 1}`;
          return (
            <tr key={take.take.id} aria-current={take.take.id === currentId ? 'true' : undefined}>
              <td>
                <input
                  type="checkbox"
                  aria-label={`Compare ${label}`}
                  checked={selected.includes(take.take.id)}
                  onChange={() => toggle(take.take.id)}
                />
              </td>
              <td>
                <Link to={`/review/${take.take.id}`}>{label}</Link>
                <span className="muted"> · {dateLabel(take.take.startedAt)}</span>
              </td>
              <td>{durationLabel(take.take.durationMs)}</td>
              <td>{take.overall === null ? stateLabel[take.state] : Math.round(take.overall)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
