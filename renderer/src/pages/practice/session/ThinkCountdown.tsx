/** Think time before recording starts; Space or the button skips it. */
export function ThinkCountdown(props: { remainingMs: number; onSkip: () => void }) {
  const seconds = Math.max(0, Math.ceil(props.remainingMs / 1000));
  return (
    <div className="practice-think" data-testid="think">
      <p>
        Think time: <strong data-testid="think-seconds">{seconds}</strong> s
      </p>
      <button type="button" onClick={props.onSkip}>
        Start now (Space)
      </button>
    </div>
  );
}
