import type { Nodes } from 'mdast';
import type { SourceText } from './source-text';

// The remark tree keeps raw HTML as text; the tags in it are found here. Only
// the tags go: text between "<b>" and "</b>" is the author's answer.
const tag = /<!--[^]*?-->|<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>/gi;

/** Source ranges of every HTML tag and comment inside the nodes, inline HTML included. */
export function htmlTagRanges(nodes: readonly Nodes[], source: SourceText): [number, number][] {
  const ranges: [number, number][] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'html') {
      const start = source.start(node);
      for (const match of node.value.matchAll(tag))
        ranges.push([start + match.index, start + match.index + match[0].length]);
    } else if ('children' in node) for (const child of node.children) visit(child);
  };
  for (const node of nodes) visit(node);
  return ranges;
}
