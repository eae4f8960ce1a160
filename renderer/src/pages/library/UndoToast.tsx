import { useEffect } from 'react';

/** A short-lived notice with an Undo button; it goes away by itself after a few seconds. */
export function UndoToast(props: { message: string; onUndo(): void; onClose(): void; seconds?: number }) {
  const { onClose, seconds = 8 } = props;
  useEffect(() => {
    const timer = setTimeout(onClose, seconds * 1000);
    return () => clearTimeout(timer);
  }, [onClose, seconds]);
  return (
    <div className="toast" role="status" aria-live="polite" data-testid="undo-toast">
      <span>{props.message}</span>
      <button type="button" data-testid="undo-button" onClick={props.onUndo}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
