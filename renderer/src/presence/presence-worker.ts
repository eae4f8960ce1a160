// The presence worker: runs Human on frames sampled from a take's video, away from the page's thread, and answers
// each with what the camera saw (face box, head pose, the eyes' turn in the head, brightness).
import { Human } from '@vladmandic/human';
import type { PresenceFrame } from '@contract/presence';
import { eyeYawDegrees, type EyeLandmarks } from '@contract/presence-gaze';
import { humanConfig } from './human-config';
import type { PresenceReply, PresenceRequest } from './presence-messages';

let human: Human | null = null;
const reply = (message: PresenceReply) => postMessage(message);
const degrees = (radians: number) => Math.max(-180, Math.min(180, (radians * 180) / Math.PI));
const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Mean luma (BT.601) of a frame, drawn small: brightness needs no detail. */
function meanLuma(bitmap: ImageBitmap): number {
  const canvas = new OffscreenCanvas(32, 24);
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) sum += 0.299 * data[i]! + 0.587 * data[i + 1]! + 0.114 * data[i + 2]!;
  return Math.round((sum / (data.length / 4)) * 10) / 10;
}

/**
 * The eyes' turn in the head from the face mesh with iris (478 points, in pixels): the eye whose corners are points 33
 * and 133 holds iris centre 473, the one with 362 and 263 holds 468. Null without the iris points.
 */
function eyeYawOf(mesh: readonly (readonly [number, number, number?])[]): number | null {
  if (mesh.length < 478) return null;
  const at = (i: number) => [mesh[i]![0], mesh[i]![1]] as const;
  const eyes: EyeLandmarks[] = [
    { iris: at(473), leftCorner: at(33), rightCorner: at(133) },
    { iris: at(468), leftCorner: at(362), rightCorner: at(263) },
  ];
  return eyeYawDegrees(eyes);
}

async function frameOf(t: number, bitmap: ImageBitmap): Promise<PresenceFrame> {
  const result = await human!.detect(bitmap);
  const face = result.face[0];
  const angle = face?.rotation?.angle;
  const frame: PresenceFrame = {
    t,
    face:
      face && angle
        ? {
            x: round3(face.boxRaw[0] + face.boxRaw[2] / 2),
            y: round3(face.boxRaw[1] + face.boxRaw[3] / 2),
            w: round3(Math.min(1, face.boxRaw[2])),
            h: round3(Math.min(1, face.boxRaw[3])),
            yaw: Math.round(degrees(angle.yaw) * 10) / 10,
            pitch: Math.round(degrees(angle.pitch) * 10) / 10,
            eyeYaw: eyeYawOf(face.mesh),
          }
        : null,
    luma: meanLuma(bitmap),
  };
  bitmap.close();
  return frame;
}

onmessage = (event: MessageEvent<PresenceRequest>) => {
  const message = event.data;
  if (message.kind === 'init') {
    const next = new Human(humanConfig(message.base));
    next.load().then(
      () => {
        human = next;
        reply({ kind: 'ready' });
      },
      (error: unknown) => reply({ kind: 'error', id: null, message: String(error) }),
    );
    return;
  }
  frameOf(message.t, message.bitmap).then(
    (frame) => reply({ kind: 'frame', id: message.id, frame }),
    (error: unknown) => reply({ kind: 'error', id: message.id, message: String(error) }),
  );
};
