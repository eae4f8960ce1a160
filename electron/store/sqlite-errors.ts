/** SQLite's codes for a file that is not, or no longer, a database (extended codes such as SQLITE_CORRUPT_INDEX included). */
export function isDatabaseDamage(error: unknown): boolean {
  const code = sqliteCode(error);
  return code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT';
}

/** SQLITE_FULL: the disk (or the database's page limit) has no room for the write. */
export function isDatabaseFull(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_FULL';
}

/** The primary SQLite result code of a better-sqlite3 error, e.g. SQLITE_CORRUPT for SQLITE_CORRUPT_INDEX. */
function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return undefined;
  return /^SQLITE_[A-Z]+/.exec(code)?.[0];
}
