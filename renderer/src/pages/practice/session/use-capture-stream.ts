import { useEffect, useState } from 'react';
import { CaptureError, type DeviceChoice } from '../../../recording/media-devices';
import type { CaptureApi } from './capture-api';

export type StreamState =
  { status: 'opening' } | { status: 'open'; stream: MediaStream } | { status: 'error'; code: string; message: string };

/** Opens the chosen devices for preview and recording; every track is stopped when the choice changes or the screen goes. */
export function useCaptureStream(capture: CaptureApi, choice: DeviceChoice, take: number): StreamState {
  const { withVideo, cameraId, microphoneId } = choice;
  // Results are tagged with the request they answer, so a new choice reads as "opening" at once.
  const request = JSON.stringify([withVideo, cameraId, microphoneId, take]);
  const [result, setResult] = useState<{ request: string; state: StreamState } | null>(null);
  useEffect(() => {
    let stream: MediaStream | null = null;
    let gone = false;
    const setState = (state: StreamState) => setResult({ request, state });
    capture.open({ withVideo, cameraId, microphoneId }).then(
      (opened) => {
        if (gone) return capture.close(opened);
        stream = opened;
        setState({ status: 'open', stream: opened });
      },
      (error: unknown) => {
        if (gone) return;
        const problem =
          error instanceof CaptureError
            ? error.problem
            : { code: 'INTERNAL', message: 'The microphone or camera could not be started.' };
        setState({ status: 'error', ...problem });
      },
    );
    return () => {
      gone = true;
      if (stream) capture.close(stream);
    };
  }, [capture, withVideo, cameraId, microphoneId, request]);
  return result?.request === request ? result.state : { status: 'opening' };
}
