import { describeMediaError, type CaptureProblem } from './media-errors';

export interface DeviceChoice {
  withVideo: boolean;
  cameraId: string | null;
  microphoneId: string | null;
}

export class CaptureError extends Error {
  constructor(readonly problem: CaptureProblem) {
    super(problem.message);
    this.name = 'CaptureError';
  }
}

const pick = (deviceId: string | null) => (deviceId ? { deviceId: { exact: deviceId } } : {});

/**
 * Opens microphone and (optionally) camera as one stream. They are asked for
 * separately so a refusal names the right device; if the camera fails after
 * the microphone worked, the microphone is released again.
 */
export async function openDevices(choice: DeviceChoice): Promise<MediaStream> {
  let audio: MediaStream;
  try {
    audio = await navigator.mediaDevices.getUserMedia({
      audio: { ...pick(choice.microphoneId), channelCount: 1, echoCancellation: true, noiseSuppression: false },
    });
  } catch (error) {
    throw new CaptureError(describeMediaError(error, 'microphone'));
  }
  if (!choice.withVideo) return audio;
  try {
    const video = await navigator.mediaDevices.getUserMedia({
      video: { ...pick(choice.cameraId), width: { ideal: 1280 }, height: { ideal: 720 }, frameRate: { ideal: 30 } },
    });
    return new MediaStream([...audio.getAudioTracks(), ...video.getVideoTracks()]);
  } catch (error) {
    audio.getTracks().forEach((track) => track.stop());
    throw new CaptureError(describeMediaError(error, 'camera'));
  }
}

export function stopStream(stream: MediaStream | null): void {
  stream?.getTracks().forEach((track) => track.stop());
}

export interface DeviceLists {
  cameras: MediaDeviceInfo[];
  microphones: MediaDeviceInfo[];
}

/** Labels are only filled in once the user has allowed access. */
export async function listDevices(): Promise<DeviceLists> {
  const devices = await navigator.mediaDevices.enumerateDevices();
  return {
    cameras: devices.filter((d) => d.kind === 'videoinput'),
    microphones: devices.filter((d) => d.kind === 'audioinput'),
  };
}
