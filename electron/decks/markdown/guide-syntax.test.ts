import fs from 'node:fs';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import remarkParse from 'remark-parse';
import { unified, type Processor } from 'unified';
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../seeded-random';
import { defuse } from './defuse';
import { fuzzInput } from './fuzz-inputs';
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

/** remark-parse as published, with the three GitHub syntaxes always on. */
const published = unified()
  .use(remarkParse)
  .use(function gfmSyntaxes(this: Processor) {
    const data = this.data();
    data.micromarkExtensions = [gfmTable(), gfmTaskListItem(), gfmStrikethrough()];
    data.fromMarkdownExtensions = [
      gfmTableFromMarkdown(),
      gfmTaskListItemFromMarkdown(),
      gfmStrikethroughFromMarkdown(),
    ];
  })
  .freeze() as unknown as Processor<Root>;

const read = (dir: string) =>
  fs.existsSync(dir) ? fs.readdirSync(dir).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')) : [];
const guides = [
  ...read(path.join(import.meta.dirname, '../fixtures')),
  ...read(path.resolve(import.meta.dirname, '../../../../shared/seeds')),
];

describe('parseGuide and remark-parse', () => {
  it('read the same tree from every fixture, seed and 300 fuzz inputs', { timeout: 180_000 }, () => {
    const random = seededRandom(20261207);
    const texts = [...guides, ...Array.from({ length: 300 }, () => fuzzInput(random, guides))];
    expect(guides.length).toBeGreaterThan(25);
    const different: string[] = [];
    for (const [i, raw] of texts.entries()) {
      const text = defuse(raw.replace(/\r\n?/g, '\n')).text;
      if (JSON.stringify(parseGuide(text)) !== JSON.stringify(published.parse(text)))
        different.push(`input ${i}: ${JSON.stringify(text.slice(0, 80))}`);
    }
    expect(different).toEqual([]);
  });
});
