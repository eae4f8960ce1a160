import type { Feedback, Review } from '@contract/review';
import { clockTime } from '../scoring/timecode';

const statusLabel = { covered: 'Covered', partly: 'Partly', missed: 'Missed' } as const;
const partLabel = { content: 'Content', delivery: 'Delivery', timing: 'Timing', structure: 'Structure' } as const;

/** Text from the user or their guide must not turn into Markdown structure in the report. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_{}[\]<>#|~])/g, '\\$1');
}

const round = (value: number, digits = 0) => {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
};

/**
 * A one-page feedback report in Markdown: the score and its parts, each key
 * point with the words that covered it, delivery figures beside their norms,
 * timing, structure, tips and the coach's notes. Every number comes from the
 * same feedback the review page shows.
 */
export function writeFeedbackReport(review: Review): string {
  const { take, question, feedback, transcript } = review;
  const taken = new Date(take.startedAt);
  const when = Number.isNaN(taken.getTime()) ? take.startedAt : taken.toISOString().slice(0, 16).replace('T', ' ');
  const lines = [`# Feedback: ${escapeMarkdown(question.prompt)}`, ''];
  lines.push(`Take ${take.name ? `“${escapeMarkdown(take.name)}” ` : ''}recorded ${when}.`, '');
  if (!feedback) {
    // A failed step says what failed, so a report never promises feedback that is not coming.
    const { stage } = review;
    lines.push(
      stage.state === 'failed'
        ? `This take has no feedback: its ${stage.step} failed.`
        : 'This take has no feedback yet: it is still being transcribed or scored.',
      '',
    );
    return `${lines.join('\n').trimEnd()}\n`;
  }
  const words = transcript?.words ?? [];
  lines.push(`**Overall: ${round(feedback.overall)}/100**`, '', '| Part | Score | Weight |', '| --- | --- | --- |');
  for (const part of feedback.breakdown) {
    lines.push(`| ${partLabel[part.key]} | ${round(part.score)} | ${round(part.weight * 100)}% |`);
  }
  lines.push('', '## Key points', '');
  if (feedback.keyPoints.length === 0) lines.push('The model answer has no key points to check.');
  for (const point of feedback.keyPoints) {
    const evidence = point.wordIndices.map((i) => words[i]?.text.trim() ?? '').filter(Boolean);
    const said = point.inOtherWords ? 'you said in your words' : 'you said';
    const quote = evidence.length ? ` — ${said} “${escapeMarkdown(evidence.join(' '))}”` : '';
    lines.push(`- **${statusLabel[point.status]}:** ${escapeMarkdown(point.text)}${quote}`);
  }
  lines.push('', ...deliveryTable(feedback), '', '## Timing', '', timingLine(feedback));
  if (feedback.structure) {
    const { kind, parts, notes } = feedback.structure;
    const present = parts.map((p) => `${p.present ? '✓' : '✗'} ${escapeMarkdown(p.name)}`).join(', ');
    lines.push('', `## Structure (${escapeMarkdown(kind)})`, '');
    if (present) lines.push(present);
    for (const note of notes) lines.push(`- ${escapeMarkdown(note)}`);
  }
  if (feedback.tips.length) {
    lines.push('', '## Tips', '', ...feedback.tips.map((tip, i) => `${i + 1}. ${escapeMarkdown(tip)}`));
  }
  if (feedback.coach) lines.push('', ...coachSection(feedback.coach));
  return `${lines.join('\n').trimEnd()}\n`;
}

function deliveryTable(feedback: Feedback): string[] {
  const d = feedback.delivery;
  const rows = [
    ['Pace', `${round(d.wpm)} words/min`, `${d.wpmNorm[0]}–${d.wpmNorm[1]}`],
    ['Fillers', `${round(d.fillersPerMinute, 1)}/min (${d.fillerCount})`, `≤ ${d.fillersPerMinuteMax}/min`],
    ['Long pauses', String(d.pauseCount), `pauses of ${d.longPauseSeconds} s or more`],
    ['Hedges', String(d.hedgeCount), 'as few as possible'],
  ];
  if (d.firstWordSeconds !== null)
    rows.push(['First word after', `${round(d.firstWordSeconds, 1)} s`, 'a few seconds']);
  const voice = d.voice;
  if (voice?.status === 'measured') {
    rows.push(['Pitch variation', `${voice.pitchSpread} semitones`, `${voice.pitchSpreadNorm} or more`]);
    if (voice.volumeSpreadDb !== null)
      rows.push([
        'Volume',
        `${voice.volumeDb} dBFS, varies ${voice.volumeSpreadDb} dB`,
        `varies ≤ ${voice.volumeSpreadMaxDb} dB`,
      ]);
    if (voice.trailingOff)
      rows.push(['Trailing off', `${voice.trailingOff.count} of ${voice.trailingOff.sentences} sentences`, 'none']);
  } else if (voice) rows.push(['Voice', `not enough to measure: ${voice.reason}`, '']);
  return [
    '## Delivery',
    '',
    '| Measure | You | Norm |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ];
}

export function timingLine(feedback: Feedback): string {
  const { durationSeconds, targetSeconds, tolerance, verdict } = feedback.timing;
  const took = clockTime(durationSeconds);
  if (targetSeconds === null || verdict === 'no-target')
    return `You spoke for ${took}; this question has no time target.`;
  const delta = Math.round(Math.abs(durationSeconds - targetSeconds));
  const band = `±${Math.round(tolerance * 100)}%`;
  if (verdict === 'on')
    return `You spoke for ${took} against a target of ${clockTime(targetSeconds)}: on target (${band}).`;
  const side = verdict === 'over' ? 'over' : 'under';
  return `You spoke for ${took} against a target of ${clockTime(targetSeconds)}: ${delta} s ${side} (on target is ${band}).`;
}

function coachSection(coach: NonNullable<Feedback['coach']>): string[] {
  const out = ['## Coach notes', ''];
  if (coach.summary) out.push(escapeMarkdown(coach.summary), '');
  if (coach.strengths.length) out.push('Strengths:', ...coach.strengths.map((s) => `- ${escapeMarkdown(s)}`), '');
  if (coach.missed.length) out.push('Missed:', ...coach.missed.map((s) => `- ${escapeMarkdown(s)}`), '');
  if (coach.tightened) out.push('A tighter version of your answer:', '', `> ${escapeMarkdown(coach.tightened)}`);
  return out;
}
