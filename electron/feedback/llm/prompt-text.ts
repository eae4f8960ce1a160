/** `{{name}}` placeholders in the prompt templates under prompts/. */
const placeholder = /\{\{\s*([A-Za-z]+)\s*\}\}/g;

/** The placeholder names the lines use, in order, repeats kept. */
export const placeholdersIn = (lines: readonly string[]): string[] =>
  lines.flatMap((line) => Array.from(line.matchAll(placeholder), (m) => m[1]!));

/** Problems with a template's placeholders: names it may not use, and names it must use but does not. */
export function placeholderProblems(
  lines: readonly string[],
  allowed: readonly string[],
  required: readonly string[],
): string[] {
  const used = placeholdersIn(lines);
  return [
    ...used.filter((name) => !allowed.includes(name)).map((name) => `unknown placeholder {{${name}}}`),
    ...required.filter((name) => !used.includes(name)).map((name) => `missing placeholder {{${name}}}`),
  ];
}

/** Joins the lines and fills their placeholders; values are inserted as they are, never re-scanned for placeholders. */
export const fillPlaceholders = (lines: readonly string[], values: Readonly<Record<string, string>>): string =>
  lines.join('\n').replace(placeholder, (_, name: string) => values[name] ?? '');
