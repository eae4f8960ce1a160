import type { Heading, Root, RootContent } from 'mdast';
import { cleanLabel, plainText } from './inline-text';

/** A heading with the blocks under it up to the next heading of the same or a higher level. */
export interface Section {
  readonly heading: Heading | null;
  /** Heading text without emoji, bold markers or trailing colon. */
  readonly label: string;
  readonly depth: number;
  readonly blocks: RootContent[];
  readonly children: Section[];
}

function section(heading: Heading | null): Section {
  return {
    heading,
    label: heading ? cleanLabel(plainText(heading)) : '',
    depth: heading?.depth ?? 0,
    blocks: [],
    children: [],
  };
}

/**
 * Nests headings into sections. The document title (a level-1 heading that
 * opens the file) is returned apart so it never appears in section paths.
 */
export function buildSections(root: Root): { title: string | null; root: Section } {
  const top = section(null);
  const stack: Section[] = [top];
  let title: string | null = null;
  let titleSection: Section | null = null;
  let seenContent = false;
  for (const node of root.children) {
    if (node.type !== 'heading') {
      if (node.type !== 'html' && node.type !== 'definition' && node.type !== 'yaml') seenContent = true;
      stack[stack.length - 1]!.blocks.push(node);
      continue;
    }
    while (stack.length > 1 && stack[stack.length - 1]!.depth >= node.depth) stack.pop();
    const next = section(node);
    if (!seenContent && !title && node.depth === 1 && next.label) {
      title = next.label;
      titleSection = next;
    }
    seenContent = true;
    stack[stack.length - 1]!.children.push(next);
    stack.push(next);
  }
  // The title's own children are top-level sections: "# Guide / ## Part 1" gives "Part 1", not "Guide > Part 1".
  if (titleSection) {
    const index = top.children.indexOf(titleSection);
    const lifted = section(null);
    lifted.blocks.push(...titleSection.blocks);
    lifted.children.push(...titleSection.children);
    top.children.splice(index, 1, lifted);
  }
  return { title, root: top };
}

/** Offset just past the last thing in the section, headings included. */
export function sectionEnd(s: Section): number {
  const lastChild = s.children[s.children.length - 1];
  if (lastChild) return sectionEnd(lastChild);
  const lastBlock = s.blocks[s.blocks.length - 1];
  return lastBlock?.position?.end.offset ?? s.heading?.position?.end.offset ?? 0;
}

/** Every block under the section, nested sections' headings included, in document order. */
export function bodyNodes(s: Section): RootContent[] {
  return [
    ...s.blocks,
    ...s.children.flatMap((child) => [...(child.heading ? [child.heading] : []), ...bodyNodes(child)]),
  ];
}
