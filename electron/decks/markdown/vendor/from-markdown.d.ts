import type { Root } from 'mdast';
import type { Options } from 'mdast-util-from-markdown';

/** mdast-util-from-markdown's `fromMarkdown`, for a string and options (see from-markdown.js). */
export function fromMarkdown(value: string, options?: Options): Root;
