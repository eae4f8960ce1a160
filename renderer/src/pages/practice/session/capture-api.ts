import { openDevices, stopStream, type DeviceChoice } from '../../../recording/media-devices';
import { createTakeRecorder, type TakeRecorder, type TakeRecorderEvents } from '../../../recording/take-recorder';

/** What the practice screen needs from the devices; tests pass a fake. */
export interface CaptureApi {
  open(choice: DeviceChoice): Promise<MediaStream>;
  close(stream: MediaStream): void;
  recorder(stream: MediaStream, events: TakeRecorderEvents): TakeRecorder;
}

export const browserCapture: CaptureApi = {
  open: openDevices,
  close: stopStream,
  recorder: createTakeRecorder,
};
