import type { Nodes } from 'mdast';
import type { CandidateExtras } from './candidate';
import { splitLines } from './inline-text';
import type { SourceText } from './source-text';

// Lines a guide puts after an answer that describe the question rather than
// answer it: flashcard metadata ("**Difficulty:** Medium", "**Tags:** sql")
// and the source ("Reference: https://…"). They are cut from the answer and
// kept on the question where the app has a place for them.
const noteLine =
  /^\s*(difficulty|level|tags?|topics?|categor(?:y|ies)|frequency|asked (?:at|by|in)|companies|references?|sources?|ref|see also)\s*:\s*(.*)$/i;

type NoteKind = 'difficulty' | 'tags' | 'source' | 'other';

function kindOf(name: string): NoteKind {
  const n = name.toLowerCase();
  if (n === 'difficulty' || n === 'level') return 'difficulty';
  if (/^(?:tags?|topics?|categor)/.test(n)) return 'tags';
  if (/^(?:references?|sources?|ref|see also)$/.test(n)) return 'source';
  return 'other';
}

const splitTags = (value: string) =>
  value
    .split(/[,;]|\s+(?=#)/)
    .map((t) => t.replace(/^#/, '').trim())
    .filter(Boolean);

export interface TrailingNotes {
  /** Where the answer now ends: before the first note line. */
  readonly end: number;
  readonly extras: CandidateExtras;
}

/** The last paragraph of a node, looking inside lists and quotes: where note lines end up in indented answers. */
function lastParagraph(node: Nodes): Nodes | null {
  if (node.type === 'paragraph') return node;
  if ((node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote') && node.children.length > 0)
    return lastParagraph(node.children[node.children.length - 1]!);
  return null;
}

/**
 * Peels note lines off the end of an answer made of `nodes`. Returns null when
 * the answer ends with ordinary text.
 */
export function trailingNotes(nodes: readonly Nodes[], source: SourceText): TrailingNotes | null {
  let end: number | null = null;
  const found: { kind: NoteKind; value: string }[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) {
    const paragraph = lastParagraph(nodes[i]!);
    if (!paragraph || paragraph.type !== 'paragraph') break;
    const lines = splitLines(paragraph.children, paragraph.position?.start.line ?? 1);
    let peeled = 0;
    for (let l = lines.length - 1; l >= 0; l--) {
      const match = noteLine.exec(lines[l]!.text);
      if (!match) break;
      const lineStart = source.contentStart(lines[l]!.line);
      const raw = source.text.slice(lineStart, source.text.indexOf('\n', lineStart) >>> 0 || undefined);
      const value = raw
        .replace(/^[^:]*:\s*/, '')
        .replace(/[*_]/g, '')
        .trim();
      found.unshift({ kind: kindOf(match[1]!), value: value || match[2]!.trim() });
      end = source.lineStart(lines[l]!.line);
      peeled += 1;
    }
    // A note line that shares its paragraph with answer text ends the search there.
    if (peeled < lines.length || paragraph !== nodes[i]) break;
  }
  if (end === null) return null;
  const difficulty = found.find((f) => f.kind === 'difficulty')?.value;
  const tags = found.filter((f) => f.kind === 'tags').flatMap((f) => splitTags(f.value));
  const sourceNote = found
    .filter((f) => f.kind === 'source')
    .map((f) => f.value)
    .join(' ');
  return {
    end,
    extras: {
      ...(difficulty ? { difficulty } : {}),
      ...(tags.length ? { tags } : {}),
      ...(sourceNote ? { sourceNote } : {}),
    },
  };
}
