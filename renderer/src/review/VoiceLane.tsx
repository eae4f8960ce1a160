import type { VoiceView } from '@contract/review';
import { clock } from './format';

type Measured = Extract<VoiceView, { status: 'measured' }>;

// Speech rarely strays more than an octave from its median; levels below -60 dBFS are room noise.
const pitchLimit = 12;
const floorDb = -60;
const height = 48;

function pitchPath(lane: Measured['lane']): string {
  const y = (st: number) => height / 2 - (Math.max(-pitchLimit, Math.min(pitchLimit, st)) / pitchLimit) * (height / 2);
  let path = '';
  let drawing = false;
  lane.pitch.forEach((st, k) => {
    if (st === null) {
      drawing = false;
      return;
    }
    path += `${drawing ? 'L' : 'M'}${(k * lane.stepSeconds).toFixed(2)},${y(st).toFixed(1)}`;
    drawing = true;
  });
  return path;
}

function volumePath(lane: Measured['lane']): string {
  const y = (db: number) => height - ((Math.max(floorDb, Math.min(0, db)) - floorDb) / -floorDb) * height;
  const points = lane.db.map((db, k) => `L${(k * lane.stepSeconds).toFixed(2)},${y(db).toFixed(1)}`).join('');
  return `M0,${height}${points}L${(lane.db.length * lane.stepSeconds).toFixed(2)},${height}Z`;
}

// Pace is drawn from 0 to 240 words a minute (a fast talker's ceiling), so 120-160 sits in the middle of the lane.
const paceCeiling = 240;
const paceY = (wpm: number) => height - (Math.min(wpm, paceCeiling) / paceCeiling) * height;

function paceSummary(pace: VoiceView['pace']): string {
  if (pace.length === 0) return '';
  const rates = pace.map((w) => w.wpm);
  const low = Math.min(...rates);
  const high = Math.max(...rates);
  return low === high ? `; pace ${low} words a minute` : `; pace ${low}–${high} words a minute`;
}

function summary(voice: Measured): string {
  const flat = voice.monotone.map((s) => `${clock(s.start)}–${clock(s.end)}`).join(', ');
  return (
    `Voice: pitch spread ${voice.pitchSpread} semitones` +
    (flat ? `; flat from ${flat}` : '; no flat stretches') +
    (voice.volumeDb === null ? '' : `; level ${voice.volumeDb} dBFS`) +
    paceSummary(voice.pace)
  );
}

/** Words a minute per 10 s window as a step line over the lane, each step titled with its window and rate. */
function PaceSteps({ pace }: { pace: VoiceView['pace'] }) {
  return (
    <g className="voice-pace" data-testid="voice-pace">
      {pace.map((w) => (
        <line
          key={w.start}
          x1={w.start}
          x2={w.end}
          y1={paceY(w.wpm)}
          y2={paceY(w.wpm)}
          vectorEffect="non-scaling-stroke"
          data-testid="voice-pace-window"
        >
          <title>{`${clock(w.start)}–${clock(w.end)}: ${w.wpm} words a minute`}</title>
        </line>
      ))}
    </g>
  );
}

/**
 * The voice lane under the timeline: volume as a shaded area, the pitch contour over it, flat stretches marked, and
 * pace per 10 s window as a dashed step line, so a rushed ending or a slow start shows where it happened.
 */
export function VoiceLane(props: { voice: VoiceView | undefined; duration: number; onSeek(seconds: number): void }) {
  const { voice, duration, onSeek } = props;
  if (!voice) return null;
  if (voice.status !== 'measured') {
    return (
      <p className="voice-lane muted" data-testid="voice-lane">
        Voice: not enough to measure. {voice.reason}
      </p>
    );
  }
  const width = Math.max(duration, voice.lane.pitch.length * voice.lane.stepSeconds, 0.1);
  return (
    <div className="voice-lane" data-testid="voice-lane">
      <span className="lane-label">Voice</span>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        preserveAspectRatio="none"
        role="img"
        aria-label={summary(voice)}
        onClick={(event) => {
          const box = event.currentTarget.getBoundingClientRect();
          if (box.width > 0) onSeek(((event.clientX - box.left) / box.width) * width);
        }}
      >
        {voice.monotone.map((span) => (
          <rect
            key={span.start}
            className="voice-flat"
            x={span.start}
            y={0}
            width={span.end - span.start}
            height={height}
            data-testid="voice-flat"
          >
            <title>{`Flat from ${clock(span.start)} to ${clock(span.end)}`}</title>
          </rect>
        ))}
        <path className="voice-volume" d={volumePath(voice.lane)} />
        <path className="voice-pitch" d={pitchPath(voice.lane)} vectorEffect="non-scaling-stroke" />
        <PaceSteps pace={voice.pace} />
      </svg>
    </div>
  );
}
