import type { PresenceFrame, PresenceLaneState, PresenceTrack, PresenceView } from '@contract/presence';
import {
  BLACK_LUMA,
  DARK_LUMA,
  DEFAULT_CONE_DEGREES,
  facesLens,
  offCentre,
  tooClose,
  tooFar,
} from '@contract/presence-framing';
import { mergeSpans, round1, standardDeviation, type Span } from '../scoring/delivery/voice-windows';
import { clockTime as clock } from '../scoring/timecode';

export interface PresenceNorms {
  /** Head turned less than this from the camera counts as looking at it. */
  coneDegrees: number;
  /** Head pose wandering more than this (standard deviation) reads as restless. */
  headMovementMaxDegrees: number;
}

/**
 * The cone is explained beside DEFAULT_CONE_DEGREES. A head that holds still while talking wanders a few degrees; 10°
 * is nodding and turning throughout.
 */
export const defaultPresenceNorms: PresenceNorms = { coneDegrees: DEFAULT_CONE_DEGREES, headMovementMaxDegrees: 10 };

const stateOf = (frame: PresenceFrame, cone: number): PresenceLaneState =>
  !frame.face ? 'absent' : facesLens(frame.face, cone) ? 'looking' : 'away';

const share = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 100) / 100);

/** Face in frame, looking at the camera, head movement and framing over a take's sampled frames. */
export function measurePresence(
  track: PresenceTrack | null,
  norms: PresenceNorms = defaultPresenceNorms,
): PresenceView {
  if (!track) return { status: 'not-enough', reason: 'The video could not be read.' };
  const { frames, stepSeconds } = track;
  if (frames.length < 2) return { status: 'not-enough', reason: 'The video was too short to measure.' };
  const meanLuma = frames.reduce((sum, f) => sum + f.luma, 0) / frames.length;
  if (meanLuma < BLACK_LUMA) return { status: 'not-enough', reason: 'The video was black: the camera saw nothing.' };

  const states = frames.map((f) => stateOf(f, norms.coneDegrees));
  const faces = frames.flatMap((f) => (f.face ? [f.face] : []));
  const away: Span[] = frames.flatMap((f, i) =>
    states[i] === 'looking' ? [] : [{ start: f.t, end: round1(f.t + stepSeconds) }],
  );
  const lookingAway = mergeSpans(away);
  const movement =
    faces.length >= 2
      ? round1(Math.hypot(standardDeviation(faces.map((f) => f.yaw)), standardDeviation(faces.map((f) => f.pitch))))
      : null;
  const lookingShare = share(states.filter((s) => s === 'looking').length, frames.length);
  const view: Extract<PresenceView, { status: 'measured' }> = {
    status: 'measured',
    faceShare: share(faces.length, frames.length),
    lookingShare,
    coneDegrees: norms.coneDegrees,
    lookingAway,
    headMovementDegrees: movement,
    headMovementMaxDegrees: norms.headMovementMaxDegrees,
    framing: {
      tooClose: share(faces.filter(tooClose).length, faces.length),
      tooFar: share(faces.filter(tooFar).length, faces.length),
      offCentre: share(faces.filter(offCentre).length, faces.length),
      tooDark: share(frames.filter((f) => f.luma < DARK_LUMA).length, frames.length),
    },
    meanLuma: round1(meanLuma),
    lane: { stepSeconds, states },
    tips: [],
  };
  view.tips = presenceTips(view);
  return view;
}

/** What to change, only about what the camera sees: where the eyes went and how the picture is framed. */
function presenceTips(view: Extract<PresenceView, { status: 'measured' }>): string[] {
  const tips: string[] = [];
  const awayShare = 1 - view.lookingShare;
  const absentShare = 1 - view.faceShare;
  // Mostly no face at all is a framing problem, not a gaze one: "you looked away" would blame the eyes for it.
  if (absentShare >= 0.2 && absentShare > awayShare - absentShare) {
    const absent = absentSpans(view);
    const longest = [...absent].sort((a, b) => b.end - b.start - (a.end - a.start))[0];
    tips.push(
      `The camera did not find your face for ${Math.round(absentShare * 100)}% of the answer` +
        (longest && absentShare < 1 ? `, mostly from ${clock(longest.start)} to ${clock(longest.end)}` : '') +
        ' — sit where the camera sees your whole face, and check nothing covers the lens.',
    );
  } else if (awayShare >= 0.2 && view.lookingAway.length > 0) {
    const longest = [...view.lookingAway].sort((a, b) => b.end - b.start - (a.end - a.start))[0]!;
    tips.push(
      `You looked away from the camera for ${Math.round(awayShare * 100)}% of the answer, mostly from ` +
        `${clock(longest.start)} to ${clock(longest.end)} — look into the lens as you would into the interviewer's eyes.`,
    );
  }
  if (view.headMovementDegrees !== null && view.headMovementDegrees > view.headMovementMaxDegrees)
    tips.push('Your head moved a lot while you spoke; settle into one position and let your voice carry the energy.');
  const { tooClose: close, tooFar: far, offCentre: off, tooDark } = view.framing;
  if (close >= 0.5) tips.push('You sat very close to the camera; move back so your head and shoulders show.');
  if (far >= 0.5) tips.push('You sat far from the camera; move closer so your face fills more of the picture.');
  if (off >= 0.5) tips.push('You were off to one side of the picture; centre yourself in the frame.');
  if (tooDark >= 0.5) tips.push('The picture was dark; face a window or a lamp so your face is lit.');
  return tips;
}

function absentSpans(view: Extract<PresenceView, { status: 'measured' }>): Span[] {
  const { stepSeconds, states } = view.lane;
  return mergeSpans(
    states.flatMap((state, i) =>
      state === 'absent' ? [{ start: round1(i * stepSeconds), end: round1((i + 1) * stepSeconds) }] : [],
    ),
  );
}
