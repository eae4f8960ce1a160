import type { ReactNode } from 'react';

/** What a page shows before there is anything to show: what it is for and the first step. */
export function EmptyState(props: { title: string; children: ReactNode; action?: ReactNode; testId?: string }) {
  return (
    <section className="empty-state" data-testid={props.testId ?? 'empty-state'}>
      <h2>{props.title}</h2>
      <div className="empty-state-body">{props.children}</div>
      {props.action && <div className="empty-state-action">{props.action}</div>}
    </section>
  );
}
