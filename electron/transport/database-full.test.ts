// A database write that finds no room: SQLite reports SQLITE_FULL, the write's
// transaction rolls back, and the user hears the same promise recordings give.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiCaller } from '../testing/api-caller';
import { tempServices } from '../testing/temp-services';

const guide = fs.readFileSync(path.join(import.meta.dirname, '../decks/fixtures/numbered-list-guide.txt'), 'utf8');

let services: ReturnType<typeof tempServices>;
beforeEach(() => {
  services = tempServices();
});
afterEach(() => services.dispose());
const api = apiCaller(() => services);

/** Caps the database at the pages it has now: the next write that needs a page fails as on a full disk. */
function fillDatabase() {
  const pages = services.db.pragma('page_count', { simple: true }) as number;
  services.db.pragma(`max_page_count = ${pages}`);
}

describe('a full database during a write', () => {
  it('answers DISK_FULL with "nothing saved was lost", keeps what was saved, and saves once there is room', async () => {
    const before = await api.value('decks.list', {});
    const preview = await api.value('decks.previewImport', { fileName: 'frontend.md', text: guide });
    const questions = preview.questions.map(({ line: _line, ...q }) => q);
    // Long answers, so the save needs pages the capped file does not have.
    const big = questions.map((q) => ({ ...q, modelAnswer: `${q.modelAnswer} ${'More detail. '.repeat(800)}` }));
    const save = { title: 'Frontend', questions: big, fileName: 'frontend.md', sourceHash: preview.sourceHash };

    fillDatabase();
    const result = await api.result('decks.saveImport', save);
    expect(result).toEqual({
      ok: false,
      error: { code: 'DISK_FULL', detail: {} },
    });
    expect(await api.value('decks.list', {})).toEqual(before);

    services.db.pragma('max_page_count = 1073741823');
    const saved = await api.value('decks.saveImport', save);
    expect(saved.deck.questionCount).toBe(big.length);
  });
});
