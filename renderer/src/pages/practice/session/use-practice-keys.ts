import { useEffect, useRef } from 'react';

export interface PracticeKeys {
  space(): void;
  escape(): void;
  redo(): void;
  next(): void;
}

/** Keys typed into a field or on a focused button keep their usual meaning. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT', 'BUTTON', 'VIDEO'].includes(target.tagName);
}

/** Space start/stop, Esc cancel, R redo, N next, for the whole window while the practice screen is shown. */
export function usePracticeKeys(keys: PracticeKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.repeat || isTyping(event.target)) return;
      const handler = { ' ': 'space', Escape: 'escape', r: 'redo', R: 'redo', n: 'next', N: 'next' }[event.key] as
        keyof PracticeKeys | undefined;
      if (!handler) return;
      event.preventDefault();
      latest.current[handler]();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
