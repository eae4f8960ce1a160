import { describe, expect, it } from 'vitest';
import { eyeYawDegrees, gazeDirection, gazeWithinCone, type EyeLandmarks, type Point2 } from './presence-gaze';

/** An eye 30 px wide centred at (cx, cy), its iris moved by `share` of the width along the eye, rolled by `roll`°. */
function eye(cx: number, cy: number, share: number, roll = 0): EyeLandmarks {
  const r = (roll * Math.PI) / 180;
  const along = (d: number): Point2 => [cx + d * Math.cos(r), cy + d * Math.sin(r)];
  return { leftCorner: along(-15), rightCorner: along(15), iris: along(share * 30) };
}

describe('the eyes turn in the head', () => {
  it('reads 0° with both irises centred, and nothing without eyes', () => {
    expect(eyeYawDegrees([eye(100, 100, 0), eye(160, 100, 0)])).toBe(0);
    expect(eyeYawDegrees([])).toBeNull();
    // Corners on top of each other give no width to measure against.
    expect(eyeYawDegrees([{ iris: [1, 1], leftCorner: [5, 5], rightCorner: [5, 5] }])).toBeNull();
  });

  it('turns asin(2.4 × share) away, negative towards the image right like a head yaw', () => {
    // 0.166 of the width is what the three-quarter face of e2e/fixtures/presence-video.ts shows (eyes to its right).
    expect(eyeYawDegrees([eye(100, 100, 0.166), eye(160, 100, 0.166)])).toBeCloseTo(-23.5, 1);
    expect(eyeYawDegrees([eye(100, 100, -0.1), eye(160, 100, -0.1)])).toBeCloseTo(13.9, 1);
    // Past the edge of the eyeball the turn stops at 90°.
    expect(eyeYawDegrees([eye(100, 100, 0.6)])).toBe(-90);
  });

  it('cancels the outward rest position of each iris by averaging the two eyes', () => {
    // The frontal face of the e2e clip: each iris sits 0.1-0.14 of the width towards its outer corner.
    expect(eyeYawDegrees([eye(100, 100, -0.143), eye(160, 100, 0.1)])).toBeCloseTo(3.0, 1);
  });

  it('reads a tilted head like an upright one', () => {
    const upright = eyeYawDegrees([eye(100, 100, 0.12), eye(160, 100, 0.12)]);
    expect(eyeYawDegrees([eye(100, 100, 0.12, 30), eye(152, 130, 0.12, 30)])).toBe(upright);
    expect(eyeYawDegrees([eye(100, 100, 0.12, -30), eye(152, 70, 0.12, -30)])).toBe(upright);
  });
});

describe('where the gaze points', () => {
  it('adds the eyes turn to the head turn: eyes back towards the lens cancel a turned head', () => {
    expect(gazeDirection({ yaw: -20.9, pitch: 1.5, eyeYaw: -23.5 })).toEqual({ yaw: -44.4, pitch: 1.5 });
    expect(gazeDirection({ yaw: -20, pitch: 3, eyeYaw: 18 })).toEqual({ yaw: -2, pitch: 3 });
    // A take measured before the eyes were: head pose alone.
    expect(gazeDirection({ yaw: 4, pitch: -7 })).toEqual({ yaw: 4, pitch: -7 });
    expect(gazeDirection({ yaw: 4, pitch: -7, eyeYaw: null })).toEqual({ yaw: 4, pitch: -7 });
  });

  it('judges the gaze against the cone, edges included', () => {
    expect(gazeWithinCone({ yaw: 15, pitch: -15 }, 15)).toBe(true);
    expect(gazeWithinCone({ yaw: -15.1, pitch: 0 }, 15)).toBe(false);
    expect(gazeWithinCone({ yaw: 0, pitch: 16 }, 15)).toBe(false);
    // Head facing the lens, eyes turned aside.
    expect(gazeWithinCone(gazeDirection({ yaw: 1.4, pitch: -7.2, eyeYaw: -25 }), 15)).toBe(false);
  });
});
