import type { Nodes } from 'mdast';

/**
 * The guide's own text. Model answers are cut from it by node positions so
 * they keep the author's Markdown exactly (lists, code fences, tables).
 */
export class SourceText {
  private readonly lineStarts: number[] = [0];
  /** Code blocks and raw HTML: kept in answers, but not said out loud. */
  readonly unspoken: [number, number][] = [];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
  }

  /** Offset where a 1-based line begins. */
  lineStart(line: number): number {
    return this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1] ?? 0;
  }

  start(node: Nodes): number {
    return node.position?.start.offset ?? 0;
  }

  end(node: Nodes): number {
    return node.position?.end.offset ?? 0;
  }

  /** Offset of the first character of a line's content, past indentation and blockquote markers. */
  contentStart(line: number, notBefore = 0): number {
    let offset = Math.max(this.lineStart(line), notBefore);
    while (offset < this.text.length && ' \t>'.includes(this.text[offset]!)) offset += 1;
    return offset;
  }

  /** Offset past an answer marker ("**A:**", "**A**:", "A:", "Answer -") that starts at `offset`. */
  skipAnswerMarker(offset: number): number {
    const head = this.text.slice(offset, offset + 80);
    const match =
      /^[*_]{0,3}\s*(?:(?:model |sample |suggested |example |my |star )?(?:answer|response)|A\s*\d*)\s*[*_]{0,3}\s*(?::|\.(?=\s)|[-–—](?=\s))?[*_]{0,3}\s*/i.exec(
        head,
      );
    return match ? offset + match[0].length : offset;
  }

  /** The text between two offsets that a person would say: code and HTML left out. */
  spoken(start: number, end: number, cut: readonly [number, number][] = []): string {
    const skip = [...cut, ...this.unspoken.filter(([from, to]) => to > start && from < end)];
    let text = '';
    let at = start;
    for (const [from, to] of skip.sort((a, b) => a[0] - b[0])) {
      if (to <= at) continue;
      text += this.text.slice(at, Math.min(Math.max(at, from), end)) + ' ';
      at = Math.max(at, to);
    }
    return at < end ? text + this.text.slice(at, end) : text;
  }

  /** The Markdown between two offsets, with `cut` ranges removed and list/quote indentation undone. */
  markdown(start: number, end: number, cut: readonly [number, number][] = []): string {
    let body = '';
    let at = start;
    for (const [from, to] of [...cut].sort((a, b) => a[0] - b[0])) {
      if (to <= at || from >= end) continue;
      body += this.text.slice(at, Math.max(at, from));
      at = Math.max(at, to);
    }
    body += this.text.slice(at, Math.max(at, end));
    return tidy(body);
  }
}

function tidy(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  // The first line starts mid-line (after the marker); later lines carry the container's indentation.
  const rest = lines.slice(1).filter((l) => l.trim() !== '');
  const indent = rest.length ? Math.min(...rest.map((l) => /^ */.exec(l)![0].length)) : 0;
  const dedented = [lines[0]!, ...lines.slice(1).map((l) => l.slice(Math.min(indent, /^ */.exec(l)![0].length)))];
  return dedented
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
