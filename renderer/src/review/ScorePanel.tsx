import type { PresenceView } from '@contract/presence';
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

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Camera presence: only framing and gaze, what a camera can observe. */
function presenceMetrics(presence: PresenceView | null | undefined): Metric[] {
  if (!presence || presence.status === 'off') return [];
  if (presence.status !== 'measured') {
    return [{ label: 'Camera', value: 'Not enough to measure', norm: presence.reason, ok: true }];
  }
  const { framing } = presence;
  const framingIssues = [
    framing.tooClose >= 0.5 && 'too close',
    framing.tooFar >= 0.5 && 'too far',
    framing.offCentre >= 0.5 && 'off-centre',
    framing.tooDark >= 0.5 && 'too dark',
  ].filter((issue): issue is string => !!issue);
  return [
    {
      label: 'Face in frame',
      value: percent(presence.faceShare),
      norm: '≥ 90% of the answer',
      ok: presence.faceShare >= 0.9,
    },
    {
      label: 'Looking at the camera',
      value: percent(presence.lookingShare),
      norm: `head within ${presence.coneDegrees}° of the lens, ≥ 80%`,
      ok: presence.lookingShare >= 0.8,
    },
    ...(presence.headMovementDegrees === null
      ? []
      : [
          {
            label: 'Head movement',
            value: `${presence.headMovementDegrees}°`,
            norm: `steady: ≤ ${presence.headMovementMaxDegrees}°`,
            ok: presence.headMovementDegrees <= presence.headMovementMaxDegrees,
          },
        ]),
    {
      label: 'Framing',
      // Framing is judged on the frames with a face; with none there is nothing to call centred.
      value:
        presence.faceShare === 0
          ? 'no face found'
          : framingIssues.length
            ? framingIssues.join(', ')
            : 'centred and lit',
      norm: 'head and shoulders, centred, lit',
      ok: presence.faceShare > 0 && framingIssues.length === 0,
    },
  ];
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
export function ScorePanel({ feedback, presence }: { feedback: Feedback; presence?: PresenceView | null }) {
  const presenceTips = presence?.status === 'measured' ? presence.tips : [];
  const tips = [...feedback.tips.slice(0, 4), ...presenceTips];
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
          {[...deliveryMetrics(feedback.delivery), ...presenceMetrics(presence)].map((metric) => (
            <tr key={metric.label} className={metric.ok ? 'metric-ok' : 'metric-off'}>
              <th scope="row">{metric.label}</th>
              <td>{metric.value}</td>
              <td className="muted">{metric.norm}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {presence && presence.status !== 'off' && (
        <p className="muted" data-testid="presence-note">
          Camera figures are framing and gaze only — never emotion or any judgement about you.
        </p>
      )}
      {feedback.structure && <StructureSummary structure={feedback.structure} />}
      {tips.length > 0 && (
        <>
          <h3>Top tips</h3>
          <ol className="tips">
            {tips.map((tip) => (
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
