/** 90 → "1:30", 30 → "0:30": how targets read on the practice clock. */
export function formatTarget(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export const kindLabels = {
  technical: 'Technical',
  behavioral: 'Behavioural',
  pitch: 'Pitch',
  scenario: 'Scenario',
} as const;

export const difficultyLabels = { easy: 'Easy', medium: 'Medium', hard: 'Hard' } as const;
