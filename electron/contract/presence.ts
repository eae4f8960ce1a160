import { z } from 'zod';

const seconds = z.number().min(0);
const share = z.number().min(0).max(1);
const span = z.object({ start: seconds, end: seconds });

/**
 * What the camera saw in one frame of a take, sampled after the take: only framing, head pose and where the eyes
 * turn, never a judgement about the person. Angles are degrees, 0 facing the camera; the face box is a share of the frame.
 */
export const presenceFrameSchema = z.object({
  t: seconds,
  face: z
    .object({
      /** Centre and size of the face box; the centre can lie outside 0..1 for a face partly out of frame. */
      x: z.number().min(-1).max(2),
      y: z.number().min(-1).max(2),
      w: share,
      h: share,
      yaw: z.number().min(-180).max(180),
      pitch: z.number().min(-180).max(180),
      /** The eyes' turn inside the head, left-right (see presence-gaze.ts); absent in takes measured before it. */
      eyeYaw: z.number().min(-90).max(90).nullable().optional(),
    })
    .nullable(),
  /** Mean luma of the frame, 0 (black) to 255. */
  luma: z.number().min(0).max(255),
});
export type PresenceFrame = z.infer<typeof presenceFrameSchema>;

/** Frames sampled every `stepSeconds` from a take's video (a 2-hour take at 2 per second fits). */
export const presenceTrackSchema = z.object({
  stepSeconds: z.number().positive().max(10),
  frames: z.array(presenceFrameSchema).max(20_000),
});
export type PresenceTrack = z.infer<typeof presenceTrackSchema>;

export const presenceLaneStateSchema = z.enum(['looking', 'away', 'absent']);
export type PresenceLaneState = z.infer<typeof presenceLaneStateSchema>;

/** Camera presence as the review shows it, each figure beside its norm. */
export const presenceViewSchema = z.discriminatedUnion('status', [
  z.object({
    status: z.literal('measured'),
    /** Share of the sampled frames with a face in them. */
    faceShare: share,
    /** Share of the frames with the head turned less than `coneDegrees` from the camera. */
    lookingShare: share,
    coneDegrees: z.number().positive(),
    lookingAway: z.array(span),
    /** Standard deviation of the head's yaw and pitch, degrees: low is steady, high is restless. */
    headMovementDegrees: z.number().min(0).nullable(),
    headMovementMaxDegrees: z.number().positive(),
    /** Shares of the frames with a face that were too close, too far or off-centre; of all frames, too dark. */
    framing: z.object({ tooClose: share, tooFar: share, offCentre: share, tooDark: share }),
    meanLuma: z.number().min(0).max(255),
    lane: z.object({ stepSeconds: z.number().positive(), states: z.array(presenceLaneStateSchema).max(20_000) }),
    tips: z.array(z.string()),
  }),
  z.object({ status: z.literal('not-enough'), reason: z.string() }),
  /** The user turned camera presence off in Settings: the video is not sampled and nothing is shown. */
  z.object({ status: z.literal('off') }),
]);
export type PresenceView = z.infer<typeof presenceViewSchema>;
