/**
 * Microphone peak level, so a muted or wrong microphone shows before the answer is wasted. The microphone
 * icon and its place apart from the clock keep it from being read as time.
 */
export function LevelMeter(props: { level: number }) {
  const percent = Math.round(Math.min(1, Math.sqrt(props.level)) * 100);
  return (
    <div className="practice-mic">
      <MicrophoneIcon />
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
    </div>
  );
}

function MicrophoneIcon() {
  return (
    <svg
      className="practice-mic-icon"
      data-testid="microphone-icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      aria-hidden="true"
      focusable="false"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <rect x="9" y="2" width="6" height="12" rx="3" />
      <path d="M5 11a7 7 0 0 0 14 0" />
      <path d="M12 18v4" />
    </svg>
  );
}
