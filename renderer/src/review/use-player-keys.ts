import { useEffect } from 'react';

export const playbackSpeeds = [1, 1.25, 1.5, 2] as const;
export const skipSeconds = 5;

export interface PlayerKeyActions {
  toggle(): void;
  play(): void;
  jump(seconds: number): void;
  /** Next faster speed, staying at the fastest. */
  faster(): void;
  isPlaying(): boolean;
}

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)
    return true;
  return target instanceof HTMLInputElement && target.type !== 'range' && target.type !== 'checkbox';
}

/**
 * Space plays/pauses, ←/→ jump 5 s, and the editors' J/K/L: J back 5 s, K
 * play/pause, L play (pressed again while playing, faster). Keys typed into
 * a text field are left alone.
 */
export function usePlayerKeys(actions: PlayerKeyActions | null): void {
  useEffect(() => {
    if (!actions) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typingInto(event.target)) return;
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      const handlers: Record<string, () => void> = {
        ' ': actions.toggle,
        k: actions.toggle,
        ArrowLeft: () => actions.jump(-skipSeconds),
        j: () => actions.jump(-skipSeconds),
        ArrowRight: () => actions.jump(skipSeconds),
        l: () => (actions.isPlaying() ? actions.faster() : actions.play()),
      };
      const handler = handlers[key];
      if (!handler) return;
      // Space would also press the focused button and scroll the page.
      event.preventDefault();
      handler();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions]);
}
