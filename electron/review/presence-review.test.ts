import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { updateNorms } from '../settings/scoring-norms';
import { SettingsRepo } from '../settings/settings-repo';
import { reviewFixture } from './testing/review-fixture';

let fx: ReturnType<typeof reviewFixture>;
beforeEach(() => {
  fx = reviewFixture();
});
afterEach(() => fx.close());

const facing = { x: 0.5, y: 0.5, w: 0.3, h: 0.4, yaw: 1, pitch: -7 };
const frames = (n: number) => Array.from({ length: n }, (_, i) => ({ t: i * 0.5, face: facing, luma: 120 }));

describe('camera presence in the review', () => {
  it('is null until measured, then measured from the stored frames on every read', () => {
    const take = fx.addTake();
    expect(fx.service.get(take).presence).toBeNull();
    const saved = fx.service.savePresence(take, { stepSeconds: 0.5, frames: frames(8) });
    expect(saved.presence).toMatchObject({ status: 'measured', faceShare: 1, lookingShare: 1 });
    expect(fx.service.get(take).presence).toEqual(saved.presence);
  });

  it('turned off in Settings, says so instead of any figures, and measured ones come back when it is on again', () => {
    const take = fx.addTake();
    fx.service.savePresence(take, { stepSeconds: 0.5, frames: frames(8) });
    const settings = new SettingsRepo(fx.db);
    settings.update({ cameraPresence: false });
    expect(fx.service.get(take).presence).toEqual({ status: 'off' });
    expect(fx.service.get(fx.addTake()).presence).toEqual({ status: 'off' });
    settings.update({ cameraPresence: true });
    expect(fx.service.get(take).presence).toMatchObject({ status: 'measured', faceShare: 1 });
  });

  it('an unreadable video is stored as not enough to measure, and a later analysis replaces it', () => {
    const take = fx.addTake();
    expect(fx.service.savePresence(take, null).presence).toEqual({
      status: 'not-enough',
      reason: 'The video could not be read.',
    });
    expect(fx.service.savePresence(take, { stepSeconds: 0.5, frames: frames(4) }).presence).toMatchObject({
      status: 'measured',
    });
  });

  it('refuses a take that does not exist, and an audio-only take has no presence at all', () => {
    expect(() => fx.service.savePresence('nope', null)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    const take = fx.addTake();
    fx.db.prepare('UPDATE takes SET video_file = NULL WHERE id = ?').run(take);
    expect(fx.service.get(take)).not.toHaveProperty('presence');
    expect(() => fx.service.savePresence(take, null)).toThrow(expect.objectContaining({ code: 'CONFLICT' }));
  });

  it('judges looking at the camera by the cone in the scoring norms, for takes already measured too', () => {
    const take = fx.addTake();
    const turned = frames(4).map((f) => ({ ...f, face: { ...facing, yaw: 22 } }));
    expect(fx.service.savePresence(take, { stepSeconds: 0.5, frames: turned }).presence).toMatchObject({
      lookingShare: 0,
      coneDegrees: 15,
    });
    updateNorms(fx.db, { lookingConeDegrees: 30 }, false);
    expect(fx.service.get(take).presence).toMatchObject({ lookingShare: 1, coneDegrees: 30 });
  });
});
