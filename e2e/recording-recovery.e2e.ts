// The app goes away in the middle of an answer (its server process is stopped
// while chunks are still arriving, so the take is never finished); on the next
// start the practice page reports the take as recovered and it plays.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appPaths } from '../electron/app-paths';
import { DeckRepo } from '../electron/decks/deck-repo';
import { openDatabase } from '../electron/store/database';
import { makeSpeechWav } from './fixtures/speech-wav';
import { writeY4m } from './fixtures/y4m';
import { startApp, type AppHandle } from './harness';

const open: AppHandle[] = [];
let work = '';
afterAll(async () => {
  for (const app of open) await app.close();
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

describe('recovery after a crash', () => {
  it('finishes the interrupted take on the next start and offers it as recovered', async () => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'rehearse-recovery-e2e-'));
    const dataDir = path.join(work, 'data');
    const db = openDatabase(appPaths(dataDir).databaseFile);
    const decks = new DeckRepo(db);
    const deckId = decks.create('Systems', [
      {
        prompt: 'Why Kafka?',
        modelAnswer: '',
        section: '',
        difficulty: null,
        kind: 'technical',
        targetSeconds: 30,
        targetSource: 'stated',
      },
    ]);
    const questionId = decks.get(deckId)!.questions[0]!.id;
    db.close();
    const devices = { audioFile: makeSpeechWav(work), videoFile: writeY4m(path.join(work, 'camera.y4m')) };

    const first = await startApp({ dataDir, ...devices });
    open.push(first);
    await first.page.goto(`${first.origin}/#/practice/${deckId}/${questionId}`);
    await first.page.getByTestId('preview').waitFor();
    await first.page.keyboard.press('Space');
    await first.page.keyboard.press('Space');
    await first.page.getByTestId('clock').waitFor({ timeout: 10_000 });
    await first.page.waitForTimeout(4_000);
    await first.stopServer();
    await first.browser.close();

    const second = await startApp({ dataDir, ...devices });
    open.push(second);
    await second.page.goto(`${second.origin}/#/practice`);
    await expect
      .poll(() => second.page.getByTestId('recovery').textContent(), { timeout: 20_000 })
      .toContain('One take was recovered');

    await second.page.goto(`${second.origin}/#/practice/${deckId}/${questionId}`);
    const take = second.page.getByTestId('take').first();
    await expect.poll(() => take.textContent()).toContain('recovered after a crash');
    const files = fs.readdirSync(appPaths(dataDir).recordingsDir);
    expect(files.some((f) => f.endsWith('.part'))).toBe(false);
    await take.getByRole('button', { name: 'Play' }).click();
    const player = second.page.getByTestId('take-player');
    // About four seconds were recorded; at most the last second may be missing.
    await expect
      .poll(() => player.evaluate((v: HTMLVideoElement) => v.duration), { timeout: 10_000 })
      .toBeGreaterThan(2.5);
  });
});
