// The Markdown parser slows down sharply (worse than linear) on shapes no
// prep guide contains: hundreds of nested quotes or list levels, or hundreds
// of unmatched brackets, emphasis markers or angle brackets in one paragraph.
// Such spots are flattened or backslash-escaped before parsing, so a strange
// file cannot stall the import preview. Escaped punctuation renders the same.

const maxContainerMarkers = 8;
const maxIndent = 20;

// [what to count, what to escape, how many one paragraph may hold]: far above
// what a guide uses (a long bold list has a few hundred "*"), far below where parsing slows.
const delimiterGroups: [RegExp, RegExp, number][] = [
  [/\[/g, /(?<!\\)\[/g, 150],
  [/]/g, /(?<!\\)]/g, 150],
  [/[*_]/g, /(?<!\\)([*_])/g, 400],
  [/</g, /(?<!\\)</g, 200],
  [/`/g, /(?<!\\)`/g, 400],
];

function escapeDense(paragraph: string): string {
  let result = paragraph;
  for (const [count, unescaped, limit] of delimiterGroups) {
    if ((result.match(count)?.length ?? 0) > limit) result = result.replace(unescaped, '\\$&');
  }
  return result;
}

// A run of ">" quote markers and list bullets at the start of a line; each one opens a container.
const containerRun = /^(?:[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t])){9,}/;

function flattenLine(line: string): string {
  const run = containerRun.exec(line);
  if (run) {
    const markers = run[0].match(/>|[-+*][ \t]|\d{1,9}[.)][ \t]/g) ?? [];
    line = markers.slice(0, maxContainerMarkers).join(' ') + ' ' + line.slice(run[0].length);
  }
  const indent = /^[ \t]*/.exec(line)![0];
  return indent.length > maxIndent ? line.slice(0, maxIndent) + line.slice(indent.length) : line;
}

export interface Defused {
  readonly text: string;
  readonly changed: boolean;
}

export function defuse(text: string): Defused {
  const paragraphs = text.split(/(\n[ \t]*\n)/);
  let changed = false;
  const out = paragraphs.map((chunk, index) => {
    if (index % 2 === 1) return chunk;
    const lines = chunk.split('\n');
    const flat = lines.map(flattenLine).join('\n');
    const escaped = escapeDense(flat);
    if (escaped !== chunk) changed = true;
    return escaped;
  });
  return { text: changed ? out.join('') : text, changed };
}
