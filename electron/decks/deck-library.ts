import { createHash } from 'node:crypto';
import type { ImportFormat } from '@contract/deck-import';
import type { DeckSummary, ImportPreview, QuestionInput, SaveImportResult } from '@contract/decks';
import { AppError } from '@contract/app-error';
import type { Logger } from '../logger';
import { removeMediaFiles } from '../recording/media-files';
import { SettingsRepo } from '../settings/settings-repo';
import type { Db } from '../store/database';
import { hasSettingsRow, writeSettingsRow } from '../store/settings-rows';
import { DeckRepo, type DeckSource } from './deck-repo';
import { starterSourceName } from './deck-rows';
import { exportDeck, type ExportedDeck } from './formats/export-deck';
import { QuestionRepo } from './question-repo';
import { offThreadImporter } from './off-thread/import-off-thread';
import { planReimport } from './reimport-plan';
import { starterDeck } from './starter-deck';
import type { TargetOptions } from './targets';

const starterKey = 'decks.starterSeeded';
/** Long past any Undo toast; trashed decks older than this go for good on the next delete or start-up. */
export const trashKeepMs = 10 * 60_000;

const missingDeck = () => new AppError('NOT_FOUND', { what: 'deck' });

/** Import, re-import, export, trash and the starter deck: the deck operations that span several rows or files. */
export class DeckLibrary {
  readonly decks: DeckRepo;
  readonly questions: QuestionRepo;

  constructor(
    private readonly db: Db,
    private readonly recordingsDir: string,
    private readonly logger: Logger,
    private readonly settings: SettingsRepo = new SettingsRepo(db),
    decks: DeckRepo = new DeckRepo(db),
  ) {
    this.decks = decks;
    this.questions = new QuestionRepo(db, this.decks);
    // Whatever was deleted with Undo still possible in an earlier session goes for good now.
    this.purgeInBackground(0);
  }

  private purgeInBackground(olderThanMs: number): void {
    this.purgeTrash(olderThanMs).catch((error: unknown) => this.logger.warn('could not purge deleted decks', error));
  }

  /**
   * What importing the text would give. Default targets use the pace in Settings unless `options` names one;
   * they are worked out here, once, so a later change of pace never alters a deck already saved.
   * The parse runs on the import worker, so a hostile file never blocks this thread.
   */
  async preview(
    fileName: string,
    text: string,
    options: Partial<TargetOptions> = {},
    importId?: string,
  ): Promise<ImportPreview> {
    const used = {
      ...options,
      wordsPerMinute: options.wordsPerMinute ?? this.settings.get().targetWordsPerMinute,
    };
    const { format, result } = await offThreadImporter().import(text, fileName || undefined, used, importId);
    const sourceHash = hashText(text);
    const existingDeck = this.decks.findBySource({ name: fileName, hash: sourceHash }) ?? null;
    return { ...result, format, sourceHash, existingDeck, wordsPerMinute: used.wordsPerMinute };
  }

  /** Stops a preview still reading its file; false when it had already finished. */
  cancelPreview(importId: string): boolean {
    return offThreadImporter().cancel(importId);
  }

  /** Saves fixed-up questions as a new deck, or merges them into `deckId` without losing anything there. */
  save(input: {
    title: string;
    questions: QuestionInput[];
    deckId?: string;
    fileName?: string;
    sourceHash?: string;
  }): SaveImportResult {
    const source =
      input.fileName || input.sourceHash ? { name: input.fileName ?? '', hash: input.sourceHash ?? '' } : undefined;
    return this.db.transaction(() => {
      if (!input.deckId) {
        const id = this.decks.create(input.title, input.questions, source);
        return { deck: this.decks.summary(id)!, added: input.questions.length, updated: 0, unchanged: 0 };
      }
      const deckId = input.deckId;
      if (!this.decks.summary(deckId)) throw missingDeck();
      const plan = planReimport(this.questions.rows(deckId), input.questions);
      for (const { id, question, key } of plan.updates) this.questions.update(id, question, key);
      this.decks.insertQuestions(deckId, plan.inserts, this.questions.nextPosition(deckId));
      if (source && this.linksTo(deckId, source)) this.decks.setSource(deckId, source);
      else this.decks.touch(deckId);
      return {
        deck: this.decks.summary(deckId)!,
        added: plan.inserts.length,
        updated: plan.updates.length,
        unchanged: plan.unchanged,
      };
    })();
  }

  /**
   * Whether saving a file into a deck makes it the deck's source: yes for the deck made from this file
   * (same name or text) or one that came from no file. A file added to another file's deck, or to the
   * starter deck, leaves its link alone, so that file's own re-import still finds the deck.
   */
  private linksTo(deckId: string, source: DeckSource): boolean {
    const current = this.decks.source(deckId);
    return (
      !current || (!!source.name && current.name === source.name) || (!!source.hash && current.hash === source.hash)
    );
  }

  export(deckId: string, format: ImportFormat): ExportedDeck {
    const deck = this.decks.get(deckId);
    if (!deck) throw missingDeck();
    return exportDeck(deck, format);
  }

  trash(deckId: string): void {
    if (!this.decks.trash(deckId)) throw missingDeck();
    this.purgeInBackground(trashKeepMs);
  }

  restore(deckId: string): DeckSummary {
    if (!this.decks.restore(deckId)) throw new AppError('NOT_FOUND', { reason: 'deck-purged' });
    return this.decks.summary(deckId)!;
  }

  /** Deletes, rows and recordings, every trashed deck older than `olderThanMs`. */
  async purgeTrash(olderThanMs = 0): Promise<number> {
    const cutoff = new Date(Date.now() - olderThanMs).toISOString();
    let purged = 0;
    for (const deckId of this.decks.trashedBefore(cutoff)) {
      const { deleted, files } = this.decks.delete(deckId);
      if (deleted) purged += 1;
      await removeMediaFiles(this.recordingsDir, files, this.logger);
    }
    return purged;
  }

  /** Adds the starter deck the first time the library is opened; never again, even after it is deleted. */
  ensureStarterDeck(): boolean {
    return this.db.transaction(() => {
      if (hasSettingsRow(this.db, starterKey)) return false;
      const deck = starterDeck();
      this.decks.create(deck.title, deck.questions, { name: starterSourceName, hash: `v${deck.deckVersion}` });
      writeSettingsRow(this.db, starterKey, deck.deckVersion);
      return true;
    })();
  }
}

export const hashText = (text: string) => createHash('sha256').update(text).digest('hex');
