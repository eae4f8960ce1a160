import { describe, expect, it } from 'vitest';
import type { PresenceFrame } from '@contract/presence';
import { measurePresence } from './presence-measures';

const facing = { x: 0.5, y: 0.5, w: 0.3, h: 0.4, yaw: 1, pitch: -7 };
const frame = (t: number, face: PresenceFrame['face'], luma = 120): PresenceFrame => ({ t, face, luma });
const track = (faces: PresenceFrame['face'][], luma = 120) => ({
  stepSeconds: 0.5,
  frames: faces.map((face, i) => frame(i * 0.5, face, luma)),
});
const measured = (view: ReturnType<typeof measurePresence>) => {
  if (view.status !== 'measured') throw new Error(`not measured: ${JSON.stringify(view)}`);
  return view;
};

describe('camera presence measures', () => {
  it('counts face in frame and looking at the camera, and names the longest stretch away in a tip', () => {
    const turned = { ...facing, yaw: -22 };
    const view = measured(
      measurePresence(track([...Array(60).fill(facing), ...Array(30).fill(turned), ...Array(10).fill(null)])),
    );
    expect(view.faceShare).toBe(0.9);
    expect(view.lookingShare).toBe(0.6);
    expect(view.lookingAway).toEqual([{ start: 30, end: 50 }]);
    expect(view.lane.states.slice(58, 62)).toEqual(['looking', 'looking', 'away', 'away']);
    expect(view.lane.states.at(-1)).toBe('absent');
    expect(view.tips).toContain(
      "You looked away from the camera for 40% of the answer, mostly from 0:30 to 0:50 — look into the lens as you would into the interviewer's eyes.",
    );
  });

  it('a face the camera never or seldom finds is a framing tip, never "you looked away"', () => {
    const none = measured(measurePresence(track(Array(20).fill(null))));
    expect(none.faceShare).toBe(0);
    expect(none.tips).toEqual([
      'The camera did not find your face for 100% of the answer — sit where the camera sees your whole face, and check nothing covers the lens.',
    ]);
    const gone = measured(measurePresence(track([...Array(12).fill(facing), ...Array(8).fill(null)])));
    expect(gone.tips).toEqual([
      'The camera did not find your face for 40% of the answer, mostly from 0:06 to 0:10 — sit where the camera sees your whole face, and check nothing covers the lens.',
    ]);
  });

  it('a tilted head (roll) still looks at the camera; the cone is a norm the caller can set', () => {
    const view = measured(measurePresence(track(Array(10).fill({ ...facing, yaw: 12 }))));
    expect(view.lookingShare).toBe(1);
    expect(view.tips).toEqual([]);
    expect(
      measured(
        measurePresence(track(Array(10).fill({ ...facing, yaw: 12 })), { coneDegrees: 10, headMovementMaxDegrees: 10 }),
      ).lookingShare,
    ).toBe(0);
  });

  it('tells steady from restless, and says when the framing is too close, too far, off-centre or dark', () => {
    const restless = Array.from({ length: 20 }, (_, i) => ({ ...facing, yaw: i % 2 ? 14 : -14 }));
    const moving = measured(measurePresence(track(restless)));
    expect(moving.headMovementDegrees).toBe(14);
    expect(moving.tips).toContain(
      'Your head moved a lot while you spoke; settle into one position and let your voice carry the energy.',
    );
    expect(measured(measurePresence(track(Array(10).fill(facing)))).headMovementDegrees).toBe(0);

    const close = measured(measurePresence(track(Array(10).fill({ ...facing, h: 0.8 }))));
    expect(close.framing).toEqual({ tooClose: 1, tooFar: 0, offCentre: 0, tooDark: 0 });
    const far = measured(measurePresence(track(Array(10).fill({ ...facing, h: 0.1 }))));
    expect(far.framing.tooFar).toBe(1);
    const aside = measured(measurePresence(track(Array(10).fill({ ...facing, x: 0.85 }))));
    expect(aside.framing.offCentre).toBe(1);
    expect(aside.tips).toContain('You were off to one side of the picture; centre yourself in the frame.');
    const dark = measured(measurePresence(track(Array(10).fill(facing), 30)));
    expect(dark.framing.tooDark).toBe(1);
    expect(dark.tips).toContain('The picture was dark; face a window or a lamp so your face is lit.');
  });

  it('a black video, a one-frame video or an unreadable one is not enough to measure', () => {
    expect(measurePresence(track(Array(10).fill(null), 2))).toEqual({
      status: 'not-enough',
      reason: 'The video was black: the camera saw nothing.',
    });
    expect(measurePresence(track([facing]))).toMatchObject({ status: 'not-enough' });
    expect(measurePresence(null)).toEqual({ status: 'not-enough', reason: 'The video could not be read.' });
  });
});
