import { readFile } from 'node:fs/promises';
import { deckContext } from '../scoring/content/deck';
import { scoreInputSchema } from '../scoring/input-schema';
import { scoreAnswer } from '../scoring/score-answer';
import { CliError, type CliCommand } from './command';

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new CliError(`Cannot read ${path}.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new CliError(`${path} is not valid JSON.`);
  }
}

export const scoreCommand: CliCommand = {
  name: 'score',
  usage: 'score <input.json>',
  summary: 'Score one answer or an array of answers against their model answers and timing targets.',
  async run(args) {
    const [path] = args;
    if (!path) throw new CliError('Give the path of a JSON file: one answer object or an array of them.');
    const json = await readJson(path);
    // Validate the shape that was given, so the error names the field at fault rather than "no union member".
    const parsed = Array.isArray(json) ? scoreInputSchema.array().safeParse(json) : scoreInputSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new CliError(
        `Invalid input at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'unknown problem'}`,
      );
    }
    if (!Array.isArray(parsed.data)) return scoreAnswer(parsed.data);
    // Several answers are scored as one deck: terms all their model answers share weigh less, and an answer that
    // fits another of their questions better is marked down. Each question counts once however often it is answered.
    const questions = new Map(parsed.data.map((i) => [JSON.stringify([i.question, i.modelAnswer]), i]));
    const deck = deckContext(
      [...questions.values()].map((i) => ({ question: i.question, modelAnswer: i.modelAnswer })),
    );
    return parsed.data.map((input) => scoreAnswer(input, { deck }));
  },
};
