/** The guides that once froze or crashed the importer, at the sizes they were found at. */
const size = 1_900_000;
const deepJsonLevels = 500_000;

export const hostileGuides = [
  { name: '1.9 MB of [', fileName: 'brackets.md', text: '['.repeat(size) },
  { name: '1.9 MB of backticks', fileName: 'backticks.md', text: '`'.repeat(size) },
  { name: '1.9 MB of "*a "', fileName: 'emphasis.md', text: '*a '.repeat(size / 3) },
  {
    name: `JSON nested ${deepJsonLevels.toLocaleString('en')} deep`,
    fileName: 'deep.json',
    text: '['.repeat(deepJsonLevels) + ']'.repeat(deepJsonLevels),
  },
] as const;

/** A pathological guide just under the size limit: only the time limit can stop it. */
export const slowGuideUnderLimit = { fileName: 'brackets.md', text: '['.repeat(1_000_000) };
