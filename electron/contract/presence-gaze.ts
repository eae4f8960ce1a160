// Where the eyes point: the head's turn plus the eyes' turn inside the head, worked out from the face mesh's eye
// corners and iris centres. The presence worker stores the eyes' turn with each frame.
//
// "Looking at the camera" is still decided on head pose alone (facesLens in presence-framing.ts). The face mesh places
// its points on whole pixels of the 320 px frame the worker samples, where an eye is 10-15 px wide, so one pixel of
// iris moves the eyes' turn by about 10°. On the still photos of e2e/fixtures/presence-video.ts the frontal face reads
// 3.6° in every frame, but three frames of the one unchanging three-quarter face (her eyes visibly to her right) read
// 0.9°, -23.3° and -3.7°, and the tilted frontal face -8° to 1.7°: too unsteady to move a 15° cone.

export type Point2 = readonly [number, number];

/** One eye as the face mesh gives it, in image coordinates (any unit, the same for x and y). */
export interface EyeLandmarks {
  iris: Point2;
  /** The eye's corner on the image's left, and the one on its right. */
  leftCorner: Point2;
  rightCorner: Point2;
}

/**
 * An eye opening is about 2.4 times as wide as the radius the iris turns on (palpebral fissure ~29 mm, centre of
 * rotation to iris ~12 mm), so an iris moved by a share s of the eye's width has turned asin(2.4 s).
 */
const EYE_WIDTH_PER_TURN_RADIUS = 2.4;

const degrees = (radians: number) => (radians * 180) / Math.PI;
const round1 = (x: number) => Math.round(x * 10) / 10;

/**
 * The eyes' turn inside the head, left-right, in degrees with the sign of the head's yaw (an iris moved towards the
 * image's right reads negative, as a head turned that way does). Each iris is placed along its own eye's corner-to-
 * corner line, so a tilted head reads the same as an upright one, and the two eyes are averaged, because at rest each
 * iris sits a little towards its outer corner and the two offsets cancel. Up-down is left out: the eyelids move with
 * a glance up or down, so the corners do not hold still against the iris.
 */
export function eyeYawDegrees(eyes: readonly EyeLandmarks[]): number | null {
  const shares = eyes.flatMap(({ iris, leftCorner, rightCorner }) => {
    const axis = [rightCorner[0] - leftCorner[0], rightCorner[1] - leftCorner[1]] as const;
    const width = Math.hypot(axis[0], axis[1]);
    if (!(width > 0)) return [];
    const middle = [(leftCorner[0] + rightCorner[0]) / 2, (leftCorner[1] + rightCorner[1]) / 2] as const;
    return [((iris[0] - middle[0]) * axis[0] + (iris[1] - middle[1]) * axis[1]) / (width * width)];
  });
  if (shares.length === 0) return null;
  const share = shares.reduce((sum, s) => sum + s, 0) / shares.length;
  const turn = Math.max(-1, Math.min(1, share * EYE_WIDTH_PER_TURN_RADIUS));
  return round1(-degrees(Math.asin(turn))) || 0; // never -0
}

/** Where the gaze points, degrees from the lens: the head's turn plus the eyes' turn in the head, when measured. */
export function gazeDirection(face: { yaw: number; pitch: number; eyeYaw?: number | null }): {
  yaw: number;
  pitch: number;
} {
  return { yaw: round1(face.yaw + (face.eyeYaw ?? 0)), pitch: face.pitch };
}

/** The gaze falls inside the cone around the lens. */
export const gazeWithinCone = (gaze: { yaw: number; pitch: number }, coneDegrees: number) =>
  Math.abs(gaze.yaw) <= coneDegrees && Math.abs(gaze.pitch) <= coneDegrees;
