/** A failure the user can read, with a way to try again when there is one. */
export function ErrorNotice(props: { message: string; onRetry?: () => void }) {
  return (
    <div className="error-notice" role="alert">
      <p>{props.message}</p>
      {props.onRetry && (
        <button type="button" onClick={props.onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
