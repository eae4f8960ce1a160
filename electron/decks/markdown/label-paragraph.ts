import type { Nodes, Paragraph } from 'mdast';
import { findDuration, type StatedDuration } from './durations';
import { cleanLabel, plainText, splitLines } from './inline-text';
import type { SourceText } from './source-text';

/** A bold lead-in such as "**Elevator Pitch (30 seconds):**" that names what follows it. */
export interface LabelParagraph {
  readonly label: string;
  readonly line: number;
  readonly duration: StatedDuration | null;
  /** Where text after the label begins on the same paragraph, if any. */
  readonly restStart: number | null;
}

export function labelOf(paragraph: Paragraph, source: SourceText): LabelParagraph | null {
  const lines = splitLines(paragraph.children, paragraph.position?.start.line ?? 1);
  const first = lines[0];
  const lead = first?.parts.find((p) => typeof p !== 'string' || p.trim() !== '');
  if (!first || typeof lead !== 'object' || lead.type !== 'strong') return null;
  const boldText = plainText(lead).trim();
  const after = first.text.slice(first.text.indexOf(boldText) + boldText.length).trim();
  const colon = boldText.endsWith(':') || after.startsWith(':');
  if (!colon && after !== '') return null;
  const label = cleanLabel(boldText);
  if (!label || label.length > 120) return null;
  let restStart: number | null = null;
  if (after.replace(/^:/, '').trim()) {
    const end = source.end(lead);
    restStart = end + (/^\s*:?\s*/.exec(source.text.slice(end, end + 20))?.[0].length ?? 0);
  } else if (lines[1]) {
    restStart = source.contentStart(lines[1].line);
  }
  return { label, line: first.line, duration: findDuration(label), restStart };
}

const spokenPiece =
  /\b(?:pitch|intro(?:duction)?|introduce|walk-?\s?through|description|describe|overview|stor(?:y|ies)|summary|explanation|explain|about (?:me|yourself)|elevator|answer|response|narrative)\b/i;
const opensWithQuote = /^\s*["“‘'«]/;

/**
 * A timed label or heading is something to say out loud when it names a
 * spoken piece ("Elevator Pitch", "Project Introduction") or its body is a
 * quoted script; otherwise it is an agenda ("Opening (2 minutes)").
 */
export function isSpokenPiece(label: string, body: readonly Nodes[], inlineText: string): boolean {
  if (spokenPiece.test(label)) return true;
  if (inlineText.trim()) return opensWithQuote.test(inlineText);
  const first = body.find((n) => n.type !== 'html');
  return !!first && first.type === 'paragraph' && opensWithQuote.test(plainText(first));
}
