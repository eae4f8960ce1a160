import { useEffect, useRef, useState } from 'react';
import { DEFAULT_CONE_DEGREES, framingHint } from '@contract/presence-framing';
import { useApiQuery } from '../api/use-api-query';
import { describeMediaError } from '../recording/media-errors';
import { PresenceWorker } from './presence-worker-client';

// Two looks a second are enough to follow someone settling into frame, and leave the machine free.
const checkEveryMs = 500;
const sampleWidth = 320;

type Hint = { ok: boolean; text: string };

/**
 * A camera check before a mock interview: the live picture with a framing hint from the same face models and
 * thresholds as the review's camera figures. Nothing is recorded or stored.
 */
export function CameraCheck() {
  const [open, setOpen] = useState(false);
  // The same cone the review's "looking at the camera" uses (Settings, scoring norms).
  const norms = useApiQuery('settings.norms.get', {}, ['settings']);
  const cone = norms.status === 'ready' ? norms.data.norms.lookingConeDegrees : DEFAULT_CONE_DEGREES;
  return (
    <section className="camera-check" aria-label="Camera check">
      {open ? (
        <LiveCheck coneDegrees={cone} onClose={() => setOpen(false)} />
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          Check my camera
        </button>
      )}
    </section>
  );
}

function LiveCheck({ coneDegrees, onClose }: { coneDegrees: number; onClose(): void }) {
  const video = useRef<HTMLVideoElement>(null);
  const cone = useRef(coneDegrees);
  useEffect(() => {
    cone.current = coneDegrees;
  }, [coneDegrees]);
  const [hint, setHint] = useState<Hint | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let stopped = false;
    let stream: MediaStream | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const worker = new PresenceWorker();
    const look = async () => {
      const element = video.current;
      if (stopped || !element) return;
      if (element.videoWidth > 0) {
        const height = Math.round((sampleWidth * element.videoHeight) / element.videoWidth);
        const bitmap = await createImageBitmap(element, { resizeWidth: sampleWidth, resizeHeight: height });
        const frame = await worker.frame(0, bitmap);
        if (!stopped) setHint(framingHint(frame, cone.current));
      }
      if (!stopped) timer = setTimeout(() => void look().catch(fail), checkEveryMs);
    };
    const fail = (error: unknown) => {
      if (!stopped) setProblem(error instanceof Error ? error.message : String(error));
    };
    navigator.mediaDevices
      .getUserMedia({ video: { width: { ideal: 640 }, height: { ideal: 480 } } })
      .then(
        async (opened) => {
          stream = opened;
          if (stopped) return;
          if (video.current) video.current.srcObject = opened;
          await worker.init();
          await look();
        },
        (error: unknown) => {
          throw new Error(describeMediaError(error, 'camera').message);
        },
      )
      .catch(fail);
    return () => {
      stopped = true;
      clearTimeout(timer);
      worker.stop();
      stream?.getTracks().forEach((track) => track.stop());
    };
  }, []);

  return (
    <div className="camera-check-live">
      <video ref={video} autoPlay muted playsInline data-testid="camera-check-video" />
      <p
        role="status"
        data-testid="camera-hint"
        className={problem ? 'error' : hint?.ok ? 'camera-hint-ok' : 'camera-hint-off'}
      >
        {problem ?? hint?.text ?? 'Looking…'}
      </p>
      <p className="muted">Not recorded. Only framing and where you face are checked, never anything about you.</p>
      <button type="button" onClick={onClose}>
        Done
      </button>
    </div>
  );
}
