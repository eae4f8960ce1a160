import type { Root } from 'mdast';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { fromMarkdown } from './vendor/from-markdown.js';

/**
 * The parts of GitHub Markdown that change a guide's structure: tables (an
 * answer's table must not read as loose "|" lines), task lists (checklists are
 * skipped, not practised) and strikethrough. remark-gfm's other two, literal
 * autolinks and footnotes, only change inline rendering, which the importer
 * leaves to the answer's Markdown, yet they cost about a third of parse time.
 */
const syntaxes = [
  {
    // A table needs a delimiter row: only "-", ":", "|" and spaces after any quote
    // markers, with a "-" and a ":" or "|". The table construct is otherwise tried
    // at every line of every paragraph, about a quarter of the parse time of a guide
    // without tables, and can never match.
    present: /^[ \t>]*(?=[^\n]*-)(?=[^\n]*[|:])[ \t|:-]+$/m,
    micromark: gfmTable,
    mdast: gfmTableFromMarkdown,
  },
  { present: /\[[\s xX]\]/, micromark: gfmTaskListItem, mdast: gfmTaskListItemFromMarkdown },
  { present: /~/, micromark: gfmStrikethrough, mdast: gfmStrikethroughFromMarkdown },
];

/**
 * Parses a guide with the GitHub syntaxes it can contain, the way remark-parse
 * does. A syntax whose marks do not occur in the text cannot change the tree,
 * so leaving it out gives the same tree faster.
 */
export function parseGuide(text: string): Root {
  const used = syntaxes.filter((s) => s.present.test(text));
  return fromMarkdown(text, {
    extensions: used.map((s) => s.micromark()),
    mdastExtensions: used.map((s) => s.mdast()),
  });
}
