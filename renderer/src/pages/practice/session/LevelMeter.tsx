/** Microphone peak level, so a muted or wrong microphone shows before the answer is wasted. */
export function LevelMeter(props: { level: number }) {
  const percent = Math.round(Math.min(1, Math.sqrt(props.level)) * 100);
  return (
    <div
      className="practice-meter"
      role="meter"
      aria-label="Microphone level"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
    >
      <div className="practice-meter-fill" style={{ width: `${percent}%` }} />
    </div>
  );
}
