/** Asked before a take in progress is thrown away (Esc or R while recording). */
export function DiscardDialog(props: { redo: boolean; onDiscard: () => void; onKeep: () => void }) {
  return (
    <div className="practice-dialog" role="alertdialog" aria-labelledby="discard-title">
      <p id="discard-title">{props.redo ? 'Discard this take and start again?' : 'Discard this take?'}</p>
      <p className="muted">Recording continues until you choose.</p>
      <button type="button" className="danger" onClick={props.onDiscard}>
        Discard take
      </button>
      <button type="button" onClick={props.onKeep} autoFocus>
        Keep recording
      </button>
    </div>
  );
}
