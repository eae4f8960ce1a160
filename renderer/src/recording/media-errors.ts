import type { ErrorCode } from '@contract';

export interface CaptureProblem {
  code: ErrorCode;
  message: string;
}

/** Turns a getUserMedia failure into a code the UI can explain and a sentence the user can act on. */
export function describeMediaError(error: unknown, device: 'microphone' | 'camera'): CaptureProblem {
  const name = (error as { name?: string } | null)?.name ?? '';
  if (name === 'NotAllowedError' || name === 'SecurityError') {
    return device === 'camera'
      ? {
          code: 'CAMERA_DENIED',
          message:
            'Rehearse is not allowed to use the camera. Allow it in your system or browser settings, or turn the camera off to practise with audio only.',
        }
      : {
          code: 'MIC_DENIED',
          message:
            'Rehearse is not allowed to use the microphone. Allow it in your system or browser settings, then try again.',
        };
  }
  if (name === 'NotReadableError' || name === 'AbortError') {
    return {
      code: 'DEVICE_BUSY',
      message: `The ${device} is in use by another app (a video call?). Close it and try again.`,
    };
  }
  if (name === 'NotFoundError' || name === 'OverconstrainedError') {
    return { code: 'NO_DEVICE', message: `No ${device} was found. Plug one in or pick another in the device list.` };
  }
  return { code: 'INTERNAL', message: `The ${device} could not be started. Try again, or pick another device.` };
}

export const unpluggedProblem = (device: 'microphone' | 'camera'): CaptureProblem => ({
  code: 'NO_DEVICE',
  message: `The ${device} stopped during your answer (unplugged?). What was recorded until then is saved.`,
});
