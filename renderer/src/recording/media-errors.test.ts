import { describe, expect, it } from 'vitest';
import { describeMediaError } from './media-errors';
import { pickMimeType } from './recorder-mime';

const domError = (name: string) => Object.assign(new Error(name), { name });

describe('device problems', () => {
  it('names the refused device', () => {
    expect(describeMediaError(domError('NotAllowedError'), 'microphone').code).toBe('MIC_DENIED');
    expect(describeMediaError(domError('NotAllowedError'), 'camera')).toMatchObject({
      code: 'CAMERA_DENIED',
      message: expect.stringContaining('turn the camera off') as unknown,
    });
  });

  it('tells a busy device from a missing one', () => {
    expect(describeMediaError(domError('NotReadableError'), 'camera').code).toBe('DEVICE_BUSY');
    expect(describeMediaError(domError('NotFoundError'), 'microphone').code).toBe('NO_DEVICE');
    expect(describeMediaError(domError('OverconstrainedError'), 'camera').code).toBe('NO_DEVICE');
    expect(describeMediaError(new Error('?'), 'camera').code).toBe('INTERNAL');
  });
});

describe('recording format', () => {
  it('prefers VP9, falls back to VP8, and records Opus alone without a camera', () => {
    expect(pickMimeType(true, () => true)).toBe('video/webm;codecs=vp9,opus');
    expect(pickMimeType(true, (t) => !t.includes('vp9'))).toBe('video/webm;codecs=vp8,opus');
    expect(pickMimeType(false, () => true)).toBe('audio/webm;codecs=opus');
  });
});
