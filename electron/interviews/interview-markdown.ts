import type { InterviewReport } from '@contract/interviews';

const areaNames = { content: 'Content', delivery: 'Delivery', timing: 'Timing', structure: 'Structure' } as const;
const stateWords = {
  unanswered: 'not answered',
  skipped: 'skipped',
  processing: 'still being scored',
  failed: 'could not be scored',
  scored: '',
} as const;

/** Table cells may hold any text from a guide; pipes and line breaks would break the row. */
const cell = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ')
    .trim();

const seconds = (value: number | null) => (value === null ? '–' : `${Math.round(value)} s`);
const signed = (value: number | null) =>
  value === null ? '–' : `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(Math.round(value))} s`;
const num = (value: number | null, digits = 0) => (value === null ? '–' : value.toFixed(digits));

function when(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(iso));
}

/** Each question's follow-ups under it, with their scores, and the points recovered on prompting. */
function followUpLines(rows: InterviewReport['rows']): string[] {
  const asked = rows.filter((r) => r.followUps.length > 0);
  if (asked.length === 0) return [];
  const lines = ['## Follow-up questions', ''];
  for (const r of asked) {
    lines.push(`### ${r.position + 1}. ${cell(r.prompt)}`, '', `- Answer: ${num(r.overall)}`);
    r.followUps.forEach((f, i) => {
      const score = f.state === 'scored' ? `${num(f.overall)} (key points ${num(f.content)})` : stateWords[f.state];
      lines.push(`- Follow-up ${i + 1}: ${cell(f.text)} Score: ${score}`);
    });
    if (r.recovered.length > 0) lines.push(`- Recovered on prompting: ${r.recovered.map(cell).join('; ')}`);
    lines.push('');
  }
  return lines;
}

/** The report as Markdown (GFM tables): readable as text, and renders anywhere Markdown does. */
export function interviewMarkdown(report: InterviewReport, timeZone: string): string {
  const { interview, rows, averages, weakestAreas, norms } = report;
  const lines = [
    `# ${cell(interview.title)}`,
    '',
    `${when(interview.createdAt, timeZone)} · ${interview.status === 'quit' ? 'ended early' : interview.status} · ` +
      `${averages.answered} of ${rows.length} questions answered`,
    '',
    '| # | Question | Score | Time | Target | vs target | Pace (wpm) | Fillers/min |',
    '|---:|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map((r) =>
      [
        '',
        r.position + 1,
        cell(r.prompt) + (stateWords[r.state] ? ` _(${stateWords[r.state]})_` : ''),
        num(r.overall),
        seconds(r.durationSeconds),
        seconds(r.targetSeconds),
        r.timing ? `${signed(r.overSeconds)} (${r.timing})` : '–',
        num(r.wpm),
        num(r.fillersPerMinute, 1),
        '',
      ]
        .join(' | ')
        .trim(),
    ),
    '',
    ...followUpLines(rows),
    '## Overall',
    '',
    `- Average score: ${num(averages.overall)} (${averages.scored} scored answer${averages.scored === 1 ? '' : 's'})`,
    `- Average pace: ${num(averages.wpm)} words per minute (norm ${norms.wpmMin}–${norms.wpmMax})`,
    `- Fillers per minute: ${num(averages.fillersPerMinute, 1)} (norm at most ${norms.fillersPerMinuteMax})`,
    `- Time over target: ${Math.round(averages.secondsOverTarget)} s across ${averages.answersOverTarget} ` +
      `answer${averages.answersOverTarget === 1 ? '' : 's'} (on time within ±${Math.round(norms.tolerance * 100)}%)`,
    '',
  ];
  if (weakestAreas.length > 0) {
    lines.push('## Weakest areas', '');
    weakestAreas.forEach((a, i) => lines.push(`${i + 1}. ${areaNames[a.area]}: ${num(a.average)}`));
    lines.push('');
  }
  return lines.join('\n');
}

export function reportFileName(report: InterviewReport, timeZone: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    new Date(report.interview.createdAt),
  );
  return `mock-interview-${day}.md`;
}
