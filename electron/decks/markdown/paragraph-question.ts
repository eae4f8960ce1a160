import type { Paragraph, PhrasingContent } from 'mdast';
import { cleanLabel, plainText, splitLines, stripOuterQuotes, type LogicalLine } from './inline-text';
import { isQuestionShaped, questionMarkerOf, startsWithAnswerMarker } from './question-shape';
import type { SourceText } from './source-text';

export interface ParagraphQuestion {
  readonly prompt: string;
  readonly number: number | null;
  readonly line: number;
  readonly origin: 'explicit' | 'bold' | 'list';
  /** Where the answer begins inside this paragraph; null when the paragraph holds only the question. */
  readonly answerStart: number | null;
}

/** Prompt text as a person would read it: no numbering, decoration or wrapping quotes. */
export function cleanPrompt(text: string): string {
  return stripOuterQuotes(cleanLabel(text).replace(/^\d+\s*[.)]\s+/, ''));
}

const isStrong = (part: PhrasingContent | string | undefined): part is PhrasingContent & { type: 'strong' } =>
  typeof part === 'object' && part.type === 'strong';
const hasText = (part: PhrasingContent | string) => (typeof part === 'string' ? part.trim() !== '' : true);

const numberedAsk = /^\d{1,3}[.)]\s+\S.{8,}$/;

/** Where an answer starts on a line, past an "A:" / "**Answer**:" marker if there is one. */
export function answerStartOnLine(source: SourceText, line: LogicalLine): number {
  const offset = source.contentStart(line.line);
  const bareMarker = isStrong(line.parts[0]) && line.parts.length > 1;
  return startsWithAnswerMarker(line.text, bareMarker) ? source.skipAnswerMarker(offset) : offset;
}

/** True when a paragraph opens with an answer marker, so the marker must be cut from the answer. */
export function opensWithAnswerMarker(paragraph: Paragraph): boolean {
  const first = splitLines(paragraph.children, paragraph.position?.start.line ?? 1)[0];
  return !!first && startsWithAnswerMarker(first.text, isStrong(first.parts[0]) && first.parts.length > 1);
}

/**
 * A question at the start of a paragraph: "**Q1: …**", "Q: …", a bold line
 * ending in "?", or (in list items) any question-shaped first line.
 */
export function questionInParagraph(
  paragraph: Paragraph,
  source: SourceText,
  mode: 'block' | 'listItem',
  /** Lines to pass over first, such as a category line above "Question:". */
  fromLine = 0,
): ParagraphQuestion | null {
  const lines = splitLines(paragraph.children, paragraph.position?.start.line ?? 1).slice(fromLine);
  const first = lines[0];
  if (!first) return null;
  const visible = first.parts.filter(hasText);
  const lead = visible[0];
  const marker = questionMarkerOf(first.text);
  let prompt: string;
  let origin: ParagraphQuestion['origin'];
  let questionLine = 0;
  if (marker) {
    origin = 'explicit';
    prompt = marker.rest;
    if (!prompt && lines[1]) {
      prompt = lines[1].text;
      questionLine = 1;
    }
  } else if (mode === 'block') {
    // A bold line that reads as a question; "**Why this matters:**" ends in a colon, so it is a label.
    const bold = visible.length === 1 && isStrong(lead) ? plainText(lead).trim() : '';
    // "**1. Give me the deal in a minute.**": a numbered bold paragraph asks even as an imperative.
    const boldQuestion = bold !== '' && !bold.endsWith(':') && (isQuestionShaped(bold) || numberedAsk.test(bold));
    if (!boldQuestion) return null;
    origin = 'bold';
    prompt = first.text;
  } else {
    if (!isQuestionShaped(first.text)) return null;
    origin = 'list';
    prompt = first.text;
  }
  let answerStart: number | null = null;
  // "**Q: Why?** Because…": the bold holds the whole question and the answer follows on the same line.
  if (questionLine === 0 && isStrong(lead) && visible.length > 1) {
    const boldText = plainText(lead);
    const boldPrompt = marker ? (questionMarkerOf(boldText)?.rest ?? '') : boldText;
    if (boldPrompt) {
      prompt = boldPrompt;
      const after = source.end(lead);
      answerStart = startsWithAnswerMarker(first.text.slice(boldText.length).trim(), false)
        ? source.skipAnswerMarker(after + (/^\s*/.exec(source.text.slice(after, after + 20))?.[0].length ?? 0))
        : after;
    }
  }
  const next = lines[questionLine + 1];
  if (answerStart === null && next) answerStart = answerStartOnLine(source, next);
  prompt = cleanPrompt(prompt);
  if (!prompt) return null;
  return { prompt, number: marker?.number ?? null, line: lines[questionLine]!.line, origin, answerStart };
}
