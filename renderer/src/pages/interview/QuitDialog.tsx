/** Ending early is allowed at any point; nothing recorded is thrown away. */
export function QuitDialog(props: { recording: boolean; onQuit(): void; onStay(): void }) {
  return (
    <div
      className="panel interview-dialog"
      role="alertdialog"
      aria-labelledby="quit-title"
      aria-describedby="quit-body"
    >
      <h2 id="quit-title">End the interview now?</h2>
      <p id="quit-body">
        {props.recording ? 'The answer you are giving is stopped and saved. ' : ''}
        Answers already recorded are kept, and the report covers them.
      </p>
      <div className="page-actions">
        <button type="button" className="danger" onClick={props.onQuit} autoFocus>
          End and see the report
        </button>
        <button type="button" onClick={props.onStay}>
          Keep going
        </button>
      </div>
    </div>
  );
}
