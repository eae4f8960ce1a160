import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importDeckFile } from '../formats/import-deck-file';
import { hostileGuides, slowGuideUnderLimit } from './hostile-guides';
import { importLimits, OffThreadImporter } from './import-off-thread';

const fixture = fs.readFileSync(path.join(import.meta.dirname, '../fixtures/plain-markers-guide.txt'), 'utf8');
const importer = new OffThreadImporter({ ...importLimits, timeLimitMs: 2_000 });
afterAll(() => importer.close());

describe('imports parsed on a worker thread', () => {
  it('gives exactly what the importer gives on this thread', async () => {
    expect(await importer.import(fixture, 'guide.md', { wordsPerMinute: 120 })).toEqual(
      importDeckFile(fixture, 'guide.md', { wordsPerMinute: 120 }),
    );
  });

  it('refuses a file over the size limit at once, saying the limit', async () => {
    const [brackets] = hostileGuides;
    await expect(importer.import(brackets.text, brackets.fileName)).rejects.toMatchObject({
      code: 'TOO_LARGE',
      detail: { reason: 'file-too-large', limitBytes: 1_000_000 },
    });
  });

  it('stops a parse that runs past the time limit, then imports the next file', async () => {
    const started = performance.now();
    await expect(importer.import(slowGuideUnderLimit.text, slowGuideUnderLimit.fileName)).rejects.toMatchObject({
      code: 'TIMEOUT',
      detail: { reason: 'import-too-slow', seconds: 2 },
    });
    // Well under the minute the parse would take: the worker was stopped, not waited for.
    expect(performance.now() - started).toBeLessThan(20_000);
    expect((await importer.import(fixture, 'guide.md')).result.questions).toHaveLength(5);
  });

  it('cancels a running import and one waiting behind it, then imports the next file', async () => {
    const patient = new OffThreadImporter({ ...importLimits, timeLimitMs: 120_000 });
    try {
      await patient.import(fixture, 'warm.md');
      const slow = patient.import(slowGuideUnderLimit.text, slowGuideUnderLimit.fileName, {}, 'slow');
      const waiting = patient.import(fixture, 'waiting.md', {}, 'waiting');
      const started = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(patient.cancel('waiting')).toBe(true);
      expect(patient.cancel('slow')).toBe(true);
      await expect(slow).rejects.toMatchObject({ code: 'CANCELED', detail: { reason: 'import-canceled' } });
      await expect(waiting).rejects.toMatchObject({ code: 'CANCELED' });
      // Far under the parse's minute and the 2-minute limit: the worker was stopped, not waited for.
      expect(performance.now() - started).toBeLessThan(20_000);
      expect(patient.cancel('slow')).toBe(false);
      expect((await patient.import(fixture, 'guide.md', {}, 'next')).result.questions).toHaveLength(5);
    } finally {
      await patient.close();
    }
  });

  it('cancels an import whose worker is still starting, instead of letting it run to the time limit', async () => {
    const cold = new OffThreadImporter({ ...importLimits, timeLimitMs: 120_000 });
    try {
      // The first import starts the worker; Cancel comes before it is ready.
      const slow = cold.import(slowGuideUnderLimit.text, slowGuideUnderLimit.fileName, {}, 'cold');
      const started = performance.now();
      await new Promise((resolve) => setImmediate(resolve)); // the import has begun waiting for the worker
      expect(cold.cancel('cold')).toBe(true);
      await expect(slow).rejects.toMatchObject({ code: 'CANCELED', detail: { reason: 'import-canceled' } });
      expect(performance.now() - started).toBeLessThan(20_000);
      expect((await cold.import(fixture, 'guide.md', {}, 'next')).result.questions).toHaveLength(5);
    } finally {
      await cold.close();
    }
  });

  it('refuses JSON nested half a million deep with a clear error, not a crash', async () => {
    const deep = hostileGuides[3];
    const withUserLimits = new OffThreadImporter();
    try {
      await expect(withUserLimits.import(deep.text, deep.fileName)).rejects.toMatchObject({
        code: 'BAD_FILE',
        detail: { reason: 'nested-too-deeply' },
      });
    } finally {
      await withUserLimits.close();
    }
  });
});
