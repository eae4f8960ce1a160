import type { ImportPreview } from '@contract/decks';
import type { SkippedItem } from '@contract/deck-import';
import { canKeep } from './preview-items';

/** Warnings worth a look and what was left out, with a way to keep a question that has no answer yet. */
export function FoundNotes(props: {
  preview: ImportPreview;
  kept: ReadonlySet<SkippedItem>;
  onKeep(item: SkippedItem): void;
}) {
  const { warnings, skipped } = props.preview;
  return (
    <>
      {warnings.length > 0 && (
        <section className="panel" data-testid="preview-warnings">
          <h2>Check these</h2>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>
                {w.line !== null && <span className="muted">line {w.line}: </span>}
                {w.message}
              </li>
            ))}
          </ul>
        </section>
      )}
      {skipped.length > 0 && (
        <details className="panel" data-testid="preview-skipped">
          <summary>
            Left out: {skipped.length} {skipped.length === 1 ? 'item' : 'items'} (checklists, tips, questions for them…)
          </summary>
          <ul>
            {skipped.map((s, i) => (
              <li key={i}>
                <span className="muted">
                  line {s.line}, {s.reason}:{' '}
                </span>
                {s.text}{' '}
                {canKeep(s) &&
                  (props.kept.has(s) ? (
                    <span className="muted">kept</span>
                  ) : (
                    <button type="button" data-testid="skipped-keep" onClick={() => props.onKeep(s)}>
                      Keep without answer
                    </button>
                  ))}
              </li>
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
