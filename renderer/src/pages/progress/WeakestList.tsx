import { Link } from 'react-router';
import type { WeakQuestion } from '@contract/progress';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The questions with the lowest recent scores: what to practise next. A table already, so no chart twin. */
export function WeakestList(props: { questions: WeakQuestion[] }) {
  return (
    <section className="panel chart-panel wide" aria-labelledby="weakest-heading" data-testid="weakest">
      <header className="chart-panel-header">
        <h2 id="weakest-heading">Lowest recent scores</h2>
      </header>
      {props.questions.length === 0 ? (
        <p className="chart-empty" data-testid="chart-empty">
          No scored takes yet. Questions that need work will be listed here.
        </p>
      ) : (
        <div className="chart-table-wrap">
          <table>
            <caption className="visually-hidden">Questions with the lowest average of their last three scores</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Deck</th>
                <th scope="col">Recent average</th>
                <th scope="col">Last score</th>
                <th scope="col">Takes</th>
                <th scope="col">Next due</th>
              </tr>
            </thead>
            <tbody>
              {props.questions.map((q) => (
                <tr key={q.questionId}>
                  <th scope="row" className="prompt-cell">
                    <Link to={`/practice/${q.deckId}`}>{q.prompt}</Link>
                    {q.section && <span className="muted prompt-section">{q.section}</span>}
                  </th>
                  <td>{q.deckTitle}</td>
                  <td>{q.recentAverage}</td>
                  <td>{q.lastScore}</td>
                  <td>{q.takes}</td>
                  <td>{q.due ? dateFormat.format(new Date(q.due)) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
