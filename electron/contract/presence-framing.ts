// What counts as good framing, shared by the measures stored with a take (electron/presence) and the live camera check
// before a mock interview (renderer), so both say the same thing about the same picture.
import type { PresenceFrame } from './presence';

// Framing, as a share of the frame: a face over 60% of its height is cut at chin or brow, under 15% is a figure in a
// room; a face centre more than a fifth of the frame from the middle sits off to one side.
export const TOO_CLOSE_HEIGHT = 0.6;
export const TOO_FAR_HEIGHT = 0.15;
export const OFF_CENTRE = 0.2;
// Mean luma under 50 of 255 is a face in shadow; under 8 is a covered lens or a black video.
export const DARK_LUMA = 50;
export const BLACK_LUMA = 8;

/**
 * Head pose from the face mesh reads a face looking into the lens within 8° (yaw 1-2°, pitch -7 to -8° on the frontal
 * face of e2e/fixtures/presence-video.ts) and a three-quarter turn at 20-22°; 15° sits between the two.
 */
export const DEFAULT_CONE_DEGREES = 15;

export type Face = NonNullable<PresenceFrame['face']>;

export const tooClose = (face: Face) => face.h > TOO_CLOSE_HEIGHT;
export const tooFar = (face: Face) => face.h < TOO_FAR_HEIGHT;
export const offCentre = (face: Face) => Math.hypot(face.x - 0.5, face.y - 0.5) > OFF_CENTRE;
export const facesLens = (face: Face, coneDegrees: number) =>
  Math.abs(face.yaw) <= coneDegrees && Math.abs(face.pitch) <= coneDegrees;

/** One line for the live camera check: the first thing to fix in this frame, or that it looks right. */
export function framingHint(frame: PresenceFrame, coneDegrees: number): { ok: boolean; text: string } {
  if (frame.luma < DARK_LUMA) return { ok: false, text: 'Too dark — put a light in front of you.' };
  const { face } = frame;
  if (!face) return { ok: false, text: 'No face in view — sit where the camera can see you.' };
  if (tooClose(face)) return { ok: false, text: 'Too close — move back so your head and shoulders show.' };
  if (tooFar(face)) return { ok: false, text: 'Too far — move closer to the camera.' };
  if (offCentre(face)) return { ok: false, text: 'Off-centre — move to the middle of the picture.' };
  if (!facesLens(face, coneDegrees)) return { ok: false, text: 'Turn towards the camera and look into the lens.' };
  return { ok: true, text: 'Framing looks good: centred, lit and facing the camera.' };
}
