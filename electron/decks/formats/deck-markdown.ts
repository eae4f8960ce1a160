import { formatMeta } from '../markdown/meta-comment';
import type { ExportableDeck } from './exportable-deck';

// Markdown punctuation that could change how a heading reads; a backslash
// before ASCII punctuation is always a literal in CommonMark.
const escapeInline = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#~|&]/g, '\\$&');

/** Headings stop at level 6: deeper section paths are folded into their last heading. */
function sectionLevels(section: string): string[] {
  const parts = section
    .split(' > ')
    .map((p) => p.trim())
    .filter(Boolean);
  return parts.length > 3 ? [...parts.slice(0, 2), parts.slice(2).join(' > ')] : parts;
}

/**
 * A deck as a readable guide: sections as headings, each question as a
 * "Q:" heading with its model answer below. Kind, difficulty, target and the
 * question's extras (answer versions, notes, source note, tags) ride along in
 * an HTML comment that viewers hide, so importing the file again gives back
 * the same deck even after the text was edited elsewhere.
 */
export function exportMarkdown(deck: ExportableDeck): string {
  const lines: string[] = [`# ${escapeInline(deck.title) || 'Untitled deck'}`, ''];
  let open: string[] = [];
  for (const q of deck.questions) {
    const levels = sectionLevels(q.section);
    let same = 0;
    while (same < levels.length && same < open.length && levels[same] === open[same]) same += 1;
    // No closing needed when leaving a section: the question's heading level itself ends deeper sections.
    for (let i = same; i < levels.length; i++) lines.push(`${'#'.repeat(i + 2)} ${escapeInline(levels[i]!)}`, '');
    open = levels;
    lines.push(`${'#'.repeat(levels.length + 2)} Q: ${escapeInline(q.prompt)}`);
    lines.push(
      formatMeta(
        {
          kind: q.kind,
          difficulty: q.difficulty,
          targetSeconds: q.targetSeconds,
          targetSource: q.targetSource,
        },
        q,
      ),
      '',
    );
    if (q.modelAnswer.trim()) lines.push(q.modelAnswer.trim(), '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
