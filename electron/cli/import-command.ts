import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { ImportResult } from '@contract/deck-import';
import { AppError } from '@contract/app-error';
import { cliErrorLine } from './error-words';
import { appPaths, dataDirFrom } from '../app-paths';
import { DeckLibrary } from '../decks/deck-library';
import { importLimits, offThreadImporter, tooLarge } from '../decks/off-thread/import-off-thread';
import type { TargetOptions } from '../decks/targets';
import { silentLogger } from '../logger';
import { openDatabase } from '../store/database';
import { CliError, type CliCommand } from './command';

/** The documented output, keys in a fixed order. */
const output = (r: ImportResult) => ({
  title: r.title,
  questions: r.questions.map((q) => ({
    prompt: q.prompt,
    modelAnswer: q.modelAnswer,
    section: q.section,
    difficulty: q.difficulty,
    kind: q.kind,
    targetSeconds: q.targetSeconds,
    targetSource: q.targetSource,
    line: q.line,
    // Optional, printed only when the guide has them, so the fields above keep their shape.
    ...(q.answerLabel !== undefined ? { answerLabel: q.answerLabel } : {}),
    ...(q.alternatives?.length ? { alternatives: q.alternatives } : {}),
    ...(q.notes ? { notes: q.notes } : {}),
    ...(q.sourceNote ? { sourceNote: q.sourceNote } : {}),
    ...(q.tags?.length ? { tags: q.tags } : {}),
  })),
  skipped: r.skipped.map((s) => ({ text: s.text, line: s.line, reason: s.reason })),
  warnings: r.warnings,
});

/** Saves like the app does: a file imported before updates its deck instead of adding a second one. */
async function save(
  dataDir: string,
  fileName: string,
  text: string,
  title: string | undefined,
  options: Partial<TargetOptions>,
) {
  const paths = appPaths(dataDir);
  const db = openDatabase(paths.databaseFile);
  try {
    const library = new DeckLibrary(db, paths.recordingsDir, silentLogger);
    const preview = await library.preview(fileName, text, options);
    const questions = preview.questions.map(({ line: _line, ...q }) => q);
    if (questions.length === 0) throw new CliError('Nothing to save: no question with a model answer was found.');
    const saved = library.save({
      title: title ?? preview.title,
      questions,
      deckId: preview.existingDeck?.id,
      fileName,
      sourceHash: preview.sourceHash,
    });
    return {
      preview,
      saved: { deckId: saved.deck.id, title: saved.deck.title, ...pick(saved), dataDir: paths.dataDir },
    };
  } finally {
    db.close();
  }
}

const pick = ({ added, updated, unchanged }: { added: number; updated: number; unchanged: number }) => ({
  added,
  updated,
  unchanged,
});

export const importCommand: CliCommand = {
  name: 'import',
  usage: 'import <file> [--save] [--data-dir <dir>] [--title <t>] [--wpm <n>]',
  summary: 'Print the questions a guide (Markdown, CSV, JSON) would import; --save adds them to the library.',
  async run(args) {
    const { values, positionals } = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: {
        save: { type: 'boolean', default: false },
        'data-dir': { type: 'string' },
        title: { type: 'string' },
        wpm: { type: 'string' },
      },
    });
    const [file] = positionals;
    if (!file) throw new CliError('Give the path of a guide to import (.md, .txt, .csv or .json).');
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new CliError(`Cannot read ${file}.`);
    const wordsPerMinute = values.wpm === undefined ? undefined : Number(values.wpm);
    if (wordsPerMinute !== undefined && !(wordsPerMinute >= 60 && wordsPerMinute <= 300))
      throw new CliError('--wpm must be a speaking pace between 60 and 300 words per minute.');
    const { size } = fs.statSync(file);
    if (size > importLimits.maxBytes) {
      const refusal = tooLarge(size);
      throw new CliError(cliErrorLine(refusal.code, refusal.detail));
    }
    const text = fs.readFileSync(file, 'utf8');
    const fileName = path.basename(file);
    try {
      if (values.save) {
        const { preview, saved } = await save(dataDirFrom(values['data-dir']), fileName, text, values.title, {
          wordsPerMinute,
        });
        return { ...output(preview), saved };
      }
      return output((await offThreadImporter().import(text, fileName, { wordsPerMinute })).result);
    } catch (error) {
      if (error instanceof AppError) throw new CliError(cliErrorLine(error.code, error.detail));
      throw error;
    }
  },
};
