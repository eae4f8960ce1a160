// Fills a data folder with a generated practice history, for trying the
// progress page by hand: `npm run progress:seed -- --data-dir <dir> [--takes 500]`,
// then `npm run web -- --data-dir <dir>`.
import { appPaths } from '../electron/app-paths';
import { generateHistory } from '../electron/progress/history-generator';
import { openDatabase } from '../electron/store/database';

/** Writes `takes` scored takes into the data folder's database (created if needed). */
export function seedProgressHistory(dataDir: string, takes: number, now = new Date()) {
  const db = openDatabase(appPaths(dataDir).databaseFile);
  try {
    return generateHistory(db, { takes, now });
  } finally {
    db.close();
  }
}

function arg(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : undefined;
}

if (import.meta.filename === process.argv[1]) {
  const dataDir = arg('data-dir');
  const takes = Number(arg('takes') ?? 500);
  if (!dataDir || !Number.isInteger(takes) || takes < 0) {
    process.stderr.write('Usage: npm run progress:seed -- --data-dir <folder> [--takes 500]\n');
    process.exit(2);
  }
  const { questionIds } = seedProgressHistory(dataDir, takes);
  process.stdout.write(`Wrote ${takes} takes over ${questionIds.length} questions into ${dataDir}\n`);
}
