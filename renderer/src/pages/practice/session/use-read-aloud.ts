import { useEffect } from 'react';
import { speak, stopSpeaking } from '../../../speech/speak';

/** Reads the question with the chosen system voice when the user asked for it; stops when the question changes. */
export function useReadAloud(text: string, enabled: boolean, voiceName: string | null = null): void {
  useEffect(() => {
    if (!enabled) return;
    speak(text, voiceName);
    return stopSpeaking;
  }, [text, enabled, voiceName]);
}
