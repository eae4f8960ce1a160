import type { Html } from 'mdast';
import { presentExtras, readExtras, type ExtrasFields } from '../formats/question-extras-fields';
import type { CandidateMeta } from './candidate';

// Exported decks carry each question's settings in an HTML comment, which
// Markdown viewers hide, so editing the text elsewhere and importing it again
// keeps kind, difficulty, target and the question's extras (other answer
// versions, coaching notes, source note, tags) exactly.
const prefix = 'rehearse';
const pattern = /^<!--\s*rehearse\s+(\{[^]*?\})\s*-->$/;

// Inside JSON strings these are written as \uXXXX: ">" could end the comment early, and long runs
// of "*", "_", "[", "]", "<" or "`" are what the importer escapes in over-dense paragraphs.
const escapedInStrings = new Set(['<', '>', '*', '_', '[', ']', '`', '&']);

function commentSafe(json: string): string {
  let out = '';
  let inString = false;
  let afterBackslash = false;
  for (const ch of json) {
    if (inString && !afterBackslash && escapedInStrings.has(ch)) {
      out += `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
      continue;
    }
    if (inString && !afterBackslash && ch === '"') inString = false;
    else if (!inString && ch === '"') inString = true;
    afterBackslash = inString && !afterBackslash && ch === '\\';
    out += ch;
  }
  return out;
}

export function formatMeta(meta: Required<Omit<CandidateMeta, 'extras'>>, extras: ExtrasFields = {}): string {
  return `<!-- ${prefix} ${commentSafe(JSON.stringify({ ...meta, ...presentExtras(extras) }))} -->`;
}

export function parseMeta(node: Html): CandidateMeta | null {
  const match = pattern.exec(node.value.trim());
  if (!match?.[1]) return null;
  try {
    const value: unknown = JSON.parse(match[1]);
    if (!value || typeof value !== 'object') return null;
    const { kind, difficulty, targetSeconds, targetSource, ...rest } = value as Record<string, unknown>;
    const extras = readExtras(rest);
    return {
      ...(typeof kind === 'string' ? { kind } : {}),
      ...(typeof difficulty === 'string' || difficulty === null ? { difficulty } : {}),
      ...(typeof targetSeconds === 'number' ? { targetSeconds } : {}),
      ...(typeof targetSource === 'string' ? { targetSource } : {}),
      ...(extras.ok && Object.keys(extras.extras).length > 0 ? { extras: extras.extras } : {}),
    };
  } catch {
    return null;
  }
}
