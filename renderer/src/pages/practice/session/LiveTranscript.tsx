import { useEffect, useState } from 'react';
import { api } from '../../../api/client';

/**
 * The words of the answer so far, for users who turned on "show live
 * transcript"; mounted only while a take records. They arrive a piece at a
 * time, after pauses in speech, because each piece is transcribed once it is
 * complete.
 */
export function LiveTranscript() {
  const [text, setText] = useState('');
  // One take records at a time, so every update while this is mounted is this take's.
  useEffect(() => api.on('transcription.live', (live) => setText(live.text)), []);
  return (
    <p className="practice-live" aria-live="polite" data-testid="live-transcript">
      {text || <span className="muted">Your words appear here after your first pauses.</span>}
    </p>
  );
}
