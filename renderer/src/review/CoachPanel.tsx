import type { Feedback } from '@contract/review';

const List = ({ title, items }: { title: string; items: readonly string[] }) =>
  items.length === 0 ? null : (
    <>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );

/** The optional LLM coach's notes, kept apart from the local score they add to. */
export function CoachPanel({ coach }: { coach: NonNullable<Feedback['coach']> }) {
  return (
    <section className="panel coach-panel" aria-label="Coach notes">
      <h2>Coach notes</h2>
      <p className="muted">From {coach.model}; the score above is computed locally and does not depend on it.</p>
      {coach.summary && <p>{coach.summary}</p>}
      {coach.rubric.length > 0 && (
        <table className="metrics">
          <tbody>
            {coach.rubric.map((item) => (
              <tr key={item.label}>
                <th scope="row">{item.label}</th>
                <td>
                  {item.score}/{item.max}
                </td>
                <td className="muted">{item.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <List title="Strengths" items={coach.strengths} />
      <List title="Missed" items={coach.missed} />
      {coach.tightened && (
        <>
          <h3>Your answer, tightened</h3>
          <blockquote>{coach.tightened}</blockquote>
        </>
      )}
    </section>
  );
}
