import { useEffect } from 'react';

/** Reads the question with the system voice when the user asked for it; stops when the question changes. */
export function useReadAloud(text: string, enabled: boolean): void {
  useEffect(() => {
    if (!enabled || typeof window === 'undefined' || !('speechSynthesis' in window)) return;
    window.speechSynthesis.cancel();
    window.speechSynthesis.speak(new SpeechSynthesisUtterance(text));
    return () => window.speechSynthesis.cancel();
  }, [text, enabled]);
}
