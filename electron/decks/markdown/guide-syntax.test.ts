import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parseGuide } from './guide-syntax';

function types(node: Nodes): string[] {
  const own = node.type === 'listItem' && node.checked != null ? [`${node.type}:${node.checked}`] : [node.type];
  return 'children' in node ? [...own, ...node.children.flatMap((child: Nodes) => types(child))] : own;
}

describe('parseGuide', () => {
  it.each([
    ['a piped table', '| Metric | Target |\n| --- | ---: |\n| p99 | 200 ms |'],
    ['a table without outer pipes', 'Metric | Target\n--- | ---\np99 | 200 ms'],
    ['a one-column table aligned with a colon only', 'Metric\n:---\np99'],
    ['a table in a quote', '> a | b\n> --|:-\n> 1 | 2'],
    ['a table inside a list item', '- Numbers:\n\n  a | b\n  -|-\n  1 | 2'],
  ])('reads %s as a table', (_, text) => {
    expect(types(parseGuide(text))).toContain('table');
  });

  it('reads a thematic break and a setext underline as themselves, not as tables', () => {
    const found = types(parseGuide('Title\n---\n\ntext\n\n---\n\nmore'));
    expect(found).not.toContain('table');
    expect(found).toContain('thematicBreak');
    expect(found).toContain('heading');
  });

  it('reads task lists and strikethrough', () => {
    const found = types(parseGuide('- [ ] rehearse\n- [x] ~~write~~ done'));
    expect(found).toEqual(expect.arrayContaining(['listItem:false', 'listItem:true', 'delete']));
  });

  it('reads the same tree whether or not other guides used tables before', () => {
    const plain = '**Q: Why?**\n**A:** Because | it | works.';
    const before = JSON.stringify(parseGuide(plain));
    parseGuide('| a |\n| - |\n\n- [ ] x ~~y~~');
    expect(JSON.stringify(parseGuide(plain))).toBe(before);
  });
});
