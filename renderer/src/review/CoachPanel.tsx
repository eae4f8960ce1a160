import type { Feedback } from '../../../electron/api/contract/review';

/** The optional LLM coach's notes, kept apart from the local score they add to. */
export function CoachPanel({ coach }: { coach: NonNullable<Feedback['coach']> }) {
  return (
    <section className="panel coach-panel" aria-label="Coach notes">
      <h2>Coach notes</h2>
      {coach.summary && <p>{coach.summary}</p>}
      {coach.strengths.length > 0 && (
        <>
          <h3>Strengths</h3>
          <ul>
            {coach.strengths.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      {coach.missed.length > 0 && (
        <>
          <h3>Missed</h3>
          <ul>
            {coach.missed.map((item) => (
              <li key={item}>{item}</li>
            ))}
          </ul>
        </>
      )}
      {coach.tightened && (
        <>
          <h3>Your answer, tightened</h3>
          <blockquote>{coach.tightened}</blockquote>
        </>
      )}
    </section>
  );
}
