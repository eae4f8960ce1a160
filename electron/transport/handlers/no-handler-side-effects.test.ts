import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { linesMatching } from '../../testing/source-scan';

const handlersDir = import.meta.dirname;

/**
 * What a handler may not do itself: tell the pages that data changed, or
 * delete files. The service it calls does both, so a change made from the CLI,
 * a test or another service is told and cleaned up the same way.
 */
const sideEffectPatterns = [
  /\.emit\(\s*['"`]data\.changed/,
  /\bremoveMediaFiles\b/,
  /\b(?:unlink|unlinkSync|rm|rmSync|rmdir|rmdirSync)\(/,
  /from\s+['"](?:node:)?fs(?:\/promises)?['"]/,
];

const sideEffects = (source: string) => linesMatching(source, sideEffectPatterns, 2);

const handlerFiles = () =>
  fs
    .readdirSync(handlersDir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => path.join(handlersDir, name));

describe('call handlers', () => {
  it('are spotted when they emit data.changed or delete files', () => {
    expect(sideEffects("events.emit('data.changed', { kind: 'takes' });")).toHaveLength(1);
    expect(sideEffects('services.events.emit(\n  "data.changed",\n  { kind },\n);')).not.toEqual([]);
    expect(sideEffects('await removeMediaFiles(services.paths.recordingsDir, files, services.logger);')).toHaveLength(
      1,
    );
    expect(sideEffects('await fs.rm(path.join(dir, name), { force: true });')).toHaveLength(1);
    expect(sideEffects('fs.unlinkSync(file);')).toHaveLength(1);
    expect(sideEffects("import fs from 'node:fs/promises';")).toHaveLength(1);
    expect(sideEffects("'takes.delete': async ({ takeId }) => takeEditor.delete(takeId),")).toEqual([]);
    expect(sideEffects("'decks.list': () => deckEditor.list(),")).toEqual([]);
  });

  it('only validate, call a service and return: the service tells the pages and removes files', () => {
    const files = handlerFiles();
    expect(files.length).toBeGreaterThan(5);
    const offenders = files.flatMap((file) =>
      sideEffects(fs.readFileSync(file, 'utf8')).map((where) => `${path.basename(file)} ${where}`),
    );
    expect(offenders).toEqual([]);
  });
});
