import { useId, useState, type ReactNode } from 'react';

/**
 * A chart with its accessible twin: every chart can be switched to a table of
 * the same numbers, and says plainly when there is nothing to draw yet.
 */
export function ChartPanel(props: {
  title: string;
  description?: ReactNode;
  empty: boolean;
  emptyText: string;
  chart: () => ReactNode;
  table: () => ReactNode;
  controls?: ReactNode;
  testId: string;
  wide?: boolean;
}) {
  const [asTable, setAsTable] = useState(false);
  const headingId = useId();
  return (
    <section
      className={`panel chart-panel${props.wide ? ' wide' : ''}`}
      aria-labelledby={headingId}
      data-testid={props.testId}
    >
      <header className="chart-panel-header">
        <h2 id={headingId}>{props.title}</h2>
        <div className="chart-panel-controls">
          {props.controls}
          {!props.empty && (
            <button type="button" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
              {asTable ? 'Show chart' : 'Show table'}
            </button>
          )}
        </div>
      </header>
      {props.description && <p className="muted chart-description">{props.description}</p>}
      {props.empty ? (
        <p className="chart-empty" data-testid="chart-empty">
          {props.emptyText}
        </p>
      ) : asTable ? (
        <div className="chart-table-wrap">{props.table()}</div>
      ) : (
        <div className="chart-area" data-testid="chart-area">
          {props.chart()}
        </div>
      )}
    </section>
  );
}
