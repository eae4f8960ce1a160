// Deterministic generator of hostile and broken Markdown for the importer's
// fuzz test: mutated guides, deep nesting, huge lines, token soup, binary junk.

export type Random = () => number;

const tokens = [
  '**', '*', '_', '__', '`', '```', '~~~', '#', '## ', '### ', '> ', '- ', '* ', '1. ', '   ', '\n', '\n\n', '|', '| --- |',
  '[', ']', '(', ')', '<details>', '<summary>', '</summary>', '</details>', '<!--', '-->', '---', 'Q: ', 'Q1: ', '**Q:',
  '**A:**', 'A: ', 'Answer:', '?', '"', '“', '”', '(30 seconds)', '(2-3 minutes)', '- [ ] ', '\\', '&amp;', 'http://x.y',
  'Why ', 'How do you ', 'Tell me about a time ', 'word ', 'the answer ', '🎯 ', 'üéØ ', '\t', '\r\n', ':', '![a](b)',
]; // prettier-ignore

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1));

function mutate(random: Random, source: string): string {
  const start = int(random, 0, Math.max(0, source.length - 1));
  let text = source.slice(start, start + int(random, 200, 4000));
  for (let edits = int(random, 1, 12); edits > 0; edits--) {
    const at = int(random, 0, text.length);
    const span = int(random, 0, 80);
    switch (int(random, 0, 4)) {
      case 0:
        text = text.slice(0, at) + text.slice(at + span);
        break;
      case 1:
        text = text.slice(0, at) + text.slice(at, at + span).repeat(int(random, 2, 6)) + text.slice(at);
        break;
      case 2:
        text = text.slice(0, at) + pick(random, tokens) + text.slice(at);
        break;
      case 3:
        text = text.slice(0, at) + String.fromCharCode(int(random, 0, 0xffff)) + text.slice(at);
        break;
      default:
        text = text.slice(0, at);
    }
  }
  return text;
}

function deepNesting(random: Random): string {
  const depth = int(random, 20, 600);
  const body = '**Q: Deep?**\n**A:** Yes.';
  switch (int(random, 0, 2)) {
    case 0:
      return '> '.repeat(depth) + body;
    case 1:
      return Array.from({ length: Math.min(depth, 80) }, (_, i) => `${' '.repeat(i * 2)}- ${body}`).join('\n');
    default:
      return '#'.repeat(int(random, 1, 9)) + ' ' + '['.repeat(depth) + body + ']'.repeat(depth);
  }
}

function hugeLine(random: Random): string {
  const words = Array.from({ length: int(random, 1000, 4000) }, () =>
    pick(random, ['alpha', 'beta', 'why', 'how', '?', 'Q:']),
  );
  return int(random, 0, 1) ? `**Q: ${words.join(' ')}?**\n**A:** ok` : words.join(' ');
}

function tokenSoup(random: Random): string {
  return Array.from({ length: int(random, 50, 1000) }, () => pick(random, tokens)).join('');
}

function binaryJunk(random: Random): string {
  const bytes = Uint8Array.from({ length: int(random, 16, 12_000) }, () => int(random, 0, 255));
  return int(random, 0, 1) ? new TextDecoder('utf-8').decode(bytes) : String.fromCharCode(...bytes.subarray(0, 8000));
}

/** The i-th fuzz input: a fixed mix of every family above. */
export function fuzzInput(random: Random, sources: readonly string[]): string {
  const family = int(random, 0, 9);
  if (family <= 4) return mutate(random, pick(random, sources));
  if (family === 5) return deepNesting(random);
  if (family === 6) return hugeLine(random);
  if (family <= 8) return tokenSoup(random);
  return binaryJunk(random);
}
