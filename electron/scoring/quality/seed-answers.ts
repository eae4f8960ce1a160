import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The seed prep guides beside the repository (../shared/seeds). */
export const seedsDir = join(import.meta.dirname, '..', '..', '..', '..', 'shared', 'seeds');

/** The model answer under a question in a seed guide: the lines after it up to the next question or heading. */
export function modelAnswerFromSeed(seed: string, question: string): string {
  const lines = readFileSync(join(seedsDir, seed), 'utf8').split(/\r?\n/);
  const at = lines.findIndex((line) => line.includes(question));
  if (at < 0) throw new Error(`Question not found in ${seed}: ${question}`);
  const body: string[] = [];
  for (const line of lines.slice(at + 1)) {
    if (/^(\*\*Q|#{1,3} |---)/.test(line)) break;
    body.push(line.replace(/^\*\*(A|Answer)\*\*:?\s*|^\*\*(A|Answer):\*\*\s*/, ''));
  }
  return body.join('\n').trim();
}
