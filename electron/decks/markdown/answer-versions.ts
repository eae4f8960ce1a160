import type { Nodes, PhrasingContent } from 'mdast';
import type { AnswerSpan, CandidateExtras } from './candidate';
import { findParenthesisedDuration } from './durations';
import { cleanLabel, plainText, splitLines } from './inline-text';
import type { SourceText } from './source-text';

// Scripts time their answers in two ways. Versions ("**Short (30s):**" /
// "**Longer (90s):**") are alternative answers to one question, each with its
// own target. Beats ("**Beat 1 — hook (15s):**") are parts of one answer, and
// their times add up to the whole answer's target.
const versionName =
  /^(?:short(?:er)?|long(?:er)?|extended|full|quick|brief|concise|detailed|compact|tight|expanded|version\s*\w{1,3}|option\s*\w{1,3}|alternative(?:\s*\w{1,3})?|(?:\d+|one|two|three)[- ]?(?:s|sec(?:ond)?s?|min(?:ute)?s?)(?: version)?)\b/i;

interface TimedLabel {
  readonly label: string;
  readonly seconds: number;
  readonly line: number;
  /** Where the text after the label starts. */
  readonly textStart: number;
  readonly version: boolean;
}

const isStrong = (part: PhrasingContent | string | undefined): part is PhrasingContent & { type: 'strong' } =>
  typeof part === 'object' && part.type === 'strong';

/** "**Short (30s):** …" at the start of a line: its name, its timing and where its text begins. */
function timedLabels(paragraph: Nodes, source: SourceText): TimedLabel[] {
  if (paragraph.type !== 'paragraph') return [];
  const found: TimedLabel[] = [];
  for (const line of splitLines(paragraph.children, paragraph.position?.start.line ?? 1)) {
    const lead = line.parts.find((p) => typeof p !== 'string' || p.trim() !== '');
    if (!isStrong(lead)) continue;
    const bold = plainText(lead).trim();
    const after = source.text.slice(source.end(lead), source.end(lead) + 3);
    if (!bold.endsWith(':') && !after.startsWith(':')) continue;
    const duration = findParenthesisedDuration(bold);
    if (!duration) continue;
    const label = cleanLabel(bold);
    const end = source.end(lead);
    const textStart = end + (/^\s*:?\s*/.exec(source.text.slice(end, end + 20))?.[0].length ?? 0);
    found.push({ label, seconds: duration.seconds, line: line.line, textStart, version: versionName.test(label) });
  }
  return found;
}

/**
 * Versions or beats among an answer's blocks. `end` is where the answer ends,
 * so the last version stops there too.
 */
export function timedParts(nodes: readonly Nodes[], end: number, source: SourceText): CandidateExtras {
  const labels = nodes.flatMap((n) => timedLabels(n, source));
  const versions = labels.filter((l) => l.version);
  if (versions.length >= 2 && versions.length === labels.length) {
    return {
      versions: versions.map((v, i) => {
        const next = versions[i + 1];
        const answer: AnswerSpan = { start: v.textStart, end: next ? source.lineStart(next.line) : end, cut: [] };
        return { label: v.label, answer, seconds: v.seconds };
      }),
    };
  }
  const beats = labels.filter((l) => !l.version);
  if (beats.length >= 2) {
    const total = beats.reduce((sum, b) => sum + b.seconds, 0);
    // Beats that add up to more than a long answer are an agenda, not one answer.
    if (total >= 10 && total <= 600) return { beatSeconds: total };
  }
  return {};
}
