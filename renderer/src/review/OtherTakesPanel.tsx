import { useState } from 'react';
import type { TakeSummary } from '@contract/review';
import { ScoreChart } from './ScoreChart';
import { TakeComparison } from './TakeComparison';
import { TakesList } from './TakesList';

/** Takes of the same question: the list, two of them side by side, and the score across all of them. */
export function OtherTakesPanel({ takes, currentId }: { takes: readonly TakeSummary[]; currentId: string }) {
  const [selected, setSelected] = useState<string[]>([currentId]);
  const indexOf = (id: string) => takes.findIndex((take) => take.take.id === id);
  const picked = takes
    .filter((take) => selected.includes(take.take.id))
    .sort((a, b) => indexOf(a.take.id) - indexOf(b.take.id));
  const nameOf = (take: TakeSummary) => take.take.name || `Take ${indexOf(take.take.id) + 1}`;
  return (
    <section className="panel takes-panel" aria-label="Takes of this question">
      <h2>Takes of this question</h2>
      {takes.length < 2 ? (
        <p className="muted">This is your only take so far. Record another to compare them.</p>
      ) : (
        <>
          <p className="muted">Tick two takes to compare them side by side.</p>
          <div className="takes-layout">
            <TakesList takes={takes} currentId={currentId} selected={selected} onSelect={setSelected} />
            <ScoreChart takes={takes} />
          </div>
          {picked.length === 2 && (
            <TakeComparison takes={[picked[0]!, picked[1]!]} names={[nameOf(picked[0]!), nameOf(picked[1]!)]} />
          )}
        </>
      )}
    </section>
  );
}
