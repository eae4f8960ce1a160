import type { BreakdownKey, Feedback } from '@contract/review';
import { secondsLabel } from './format';
import { TimingBar } from './TimingBar';

export const partLabel: Record<BreakdownKey, string> = {
  content: 'Content',
  delivery: 'Delivery',
  timing: 'Timing',
  structure: 'Structure',
};

const round1 = (value: number) => Math.round(value * 10) / 10;

interface Metric {
  label: string;
  value: string;
  norm: string;
  ok: boolean;
}

function voiceMetrics(voice: Feedback['delivery']['voice']): Metric[] {
  if (!voice) return [];
  if (voice.status !== 'measured') {
    return [{ label: 'Voice', value: 'Not enough to measure', norm: voice.reason, ok: true }];
  }
  const metrics: Metric[] = [
    {
      label: 'Pitch variation',
      value: `${voice.pitchSpread} semitones`,
      norm: `≥ ${voice.pitchSpreadNorm} semitones`,
      ok: voice.pitchSpread >= voice.pitchSpreadNorm,
    },
  ];
  if (voice.volumeSpreadDb !== null && voice.volumeDb !== null) {
    metrics.push({
      label: 'Volume',
      value: `${voice.volumeDb} dBFS, varies ${voice.volumeSpreadDb} dB`,
      norm: `varies ≤ ${voice.volumeSpreadMaxDb} dB`,
      ok: voice.volumeSpreadDb <= voice.volumeSpreadMaxDb,
    });
  }
  if (voice.trailingOff) {
    metrics.push({
      label: 'Trailing off',
      value: `${voice.trailingOff.count} of ${voice.trailingOff.sentences} sentences`,
      norm: `endings ${voice.trailOffDb} dB quieter`,
      ok: voice.trailingOff.share < 0.3,
    });
  }
  return metrics;
}

function deliveryMetrics(d: Feedback['delivery']): Metric[] {
  const [low, high] = d.wpmNorm;
  return [
    { label: 'Pace', value: `${Math.round(d.wpm)} wpm`, norm: `${low}–${high} wpm`, ok: d.wpm >= low && d.wpm <= high },
    {
      label: 'Fillers',
      value: `${round1(d.fillersPerMinute)}/min (${d.fillerCount})`,
      norm: `≤ ${d.fillersPerMinuteMax}/min`,
      ok: d.fillersPerMinute <= d.fillersPerMinuteMax,
    },
    {
      label: 'Long pauses',
      value: String(d.pauseCount),
      norm: `pauses ≥ ${d.longPauseSeconds} s`,
      ok: d.pauseCount === 0,
    },
    { label: 'Hedges', value: String(d.hedgeCount), norm: 'I think, maybe, probably…', ok: d.hedgeCount <= 1 },
    ...(d.firstWordSeconds === null
      ? []
      : [
          {
            label: 'First word',
            value: secondsLabel(d.firstWordSeconds),
            norm: 'within 3 s',
            ok: d.firstWordSeconds <= 3,
          },
        ]),
    ...voiceMetrics(d.voice),
  ];
}

/** The overall score, what it is made of, and each delivery figure beside its norm. */
export function ScorePanel({ feedback }: { feedback: Feedback }) {
  return (
    <section className="panel score-panel" aria-label="Scores">
      <div className="overall">
        <span className="overall-value" data-testid="overall-score">
          {Math.round(feedback.overall)}
        </span>
        <span className="muted">/ 100 overall</span>
      </div>
      <ul className="breakdown">
        {feedback.breakdown.map((part) => (
          <li key={part.key}>
            <span>{partLabel[part.key]}</span>
            <meter
              min={0}
              max={100}
              low={50}
              high={75}
              optimum={100}
              value={part.score}
              aria-label={`${partLabel[part.key]} score`}
            />
            <span>{Math.round(part.score)}</span>
            <span className="muted">{Math.round(part.weight * 100)}% of overall</span>
          </li>
        ))}
      </ul>
      <h3>Timing</h3>
      <TimingBar timing={feedback.timing} />
      <h3>Delivery</h3>
      <table className="metrics">
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">You</th>
            <th scope="col">Norm</th>
          </tr>
        </thead>
        <tbody>
          {deliveryMetrics(feedback.delivery).map((metric) => (
            <tr key={metric.label} className={metric.ok ? 'metric-ok' : 'metric-off'}>
              <th scope="row">{metric.label}</th>
              <td>{metric.value}</td>
              <td className="muted">{metric.norm}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {feedback.structure && <StructureSummary structure={feedback.structure} />}
      {feedback.tips.length > 0 && (
        <>
          <h3>Top tips</h3>
          <ol className="tips">
            {feedback.tips.slice(0, 4).map((tip) => (
              <li key={tip}>{tip}</li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}

function StructureSummary({ structure }: { structure: NonNullable<Feedback['structure']> }) {
  return (
    <>
      <h3>Structure</h3>
      <ul className="structure-parts">
        {structure.parts.map((part) => (
          <li key={part.name} className={part.present ? 'present' : 'absent'}>
            {part.present ? '✓' : '✗'} {part.name}
            <span className="visually-hidden">{part.present ? ' present' : ' missing'}</span>
          </li>
        ))}
      </ul>
      {structure.notes.map((note) => (
        <p key={note} className="muted">
          {note}
        </p>
      ))}
    </>
  );
}
