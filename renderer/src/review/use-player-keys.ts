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

/** Keys the focused control needs for itself: text fields take every key, buttons and ticks take Space. */
function ownedByTarget(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) {
    return true;
  }
  if (target instanceof HTMLInputElement) return target.type !== 'range' && (key === ' ' || target.type !== 'checkbox');
  const pressable =
    target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement || target.tagName === 'SUMMARY';
  return key === ' ' && pressable;
}

/**
 * Space plays/pauses, ←/→ jump 5 s, and the editors' J/K/L: J back 5 s, K
 * play/pause, L play (pressed again while playing, faster). Keys typed into
 * a text field are left alone, and Space still presses a focused button.
 */
export function usePlayerKeys(actions: PlayerKeyActions | null): void {
  useEffect(() => {
    if (!actions) return;
    const onKey = (event: KeyboardEvent) => {
      const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
      if (event.ctrlKey || event.metaKey || event.altKey || ownedByTarget(event.target, key)) return;
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
