import type { Html } from 'mdast';
import type { CandidateMeta } from './candidate';

// Exported decks carry each question's settings in an HTML comment, which
// Markdown viewers hide, so editing the text elsewhere and importing it again
// keeps kind, difficulty and target exactly.
const prefix = 'rehearse';
const pattern = /^<!--\s*rehearse\s+(\{[^]*?\})\s*-->$/;

export function formatMeta(meta: Required<CandidateMeta>): string {
  return `<!-- ${prefix} ${JSON.stringify(meta)} -->`;
}

export function parseMeta(node: Html): CandidateMeta | null {
  const match = pattern.exec(node.value.trim());
  if (!match?.[1]) return null;
  try {
    const value: unknown = JSON.parse(match[1]);
    if (!value || typeof value !== 'object') return null;
    const { kind, difficulty, targetSeconds, targetSource } = value as Record<string, unknown>;
    return {
      ...(typeof kind === 'string' ? { kind } : {}),
      ...(typeof difficulty === 'string' || difficulty === null ? { difficulty } : {}),
      ...(typeof targetSeconds === 'number' ? { targetSeconds } : {}),
      ...(typeof targetSource === 'string' ? { targetSource } : {}),
    };
  } catch {
    return null;
  }
}
