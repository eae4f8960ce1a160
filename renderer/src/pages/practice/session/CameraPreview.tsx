import { useEffect, useRef } from 'react';

/** The camera mirrored, as people expect to see themselves; muted so the mic does not echo. */
export function CameraPreview(props: { stream: MediaStream }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    const element = video.current;
    if (!element || !('srcObject' in element)) return;
    element.srcObject = props.stream;
    return () => {
      element.srcObject = null;
    };
  }, [props.stream]);
  if (props.stream.getVideoTracks().length === 0) {
    return <div className="practice-preview practice-preview-off">Camera off: audio only</div>;
  }
  return <video ref={video} className="practice-preview" data-testid="preview" autoPlay muted playsInline />;
}
