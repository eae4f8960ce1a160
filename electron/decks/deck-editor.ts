import { AppError } from '@contract/app-error';
import type { DeckSummary, Question, QuestionInput, SaveImportResult } from '@contract/decks';
import type { EventBus } from '@contract/event-bus';
import type { Logger } from '../logger';
import { removeMediaFiles } from '../recording/media-files';
import type { DeckLibrary } from './deck-library';

const missingDeck = () => new AppError('NOT_FOUND', { what: 'deck' });
const missingQuestion = () => new AppError('NOT_FOUND', { what: 'question' });

/**
 * Every change to the decks the user makes from a page: each one told to the
 * pages that list decks, and a deletion's recordings removed with its rows.
 */
export class DeckEditor {
  constructor(
    private readonly options: { library: DeckLibrary; events: EventBus; recordingsDir: string; logger: Logger },
  ) {}

  /** The decks, with the starter deck added the first time anyone opens the library. */
  list(): DeckSummary[] {
    const { library } = this.options;
    if (library.ensureStarterDeck()) this.changed('decks');
    return library.decks.list();
  }

  create(title: string): DeckSummary {
    const { decks } = this.options.library;
    return this.changed('decks', decks.summary(decks.create(title, []))!);
  }

  rename(deckId: string, title: string): DeckSummary {
    const { decks } = this.options.library;
    if (!decks.rename(deckId, title)) throw missingDeck();
    return this.changed('decks', decks.summary(deckId)!);
  }

  /** Deletes a deck for good, with its takes' recordings. */
  async delete(deckId: string): Promise<void> {
    const { deleted, files } = this.options.library.decks.delete(deckId);
    if (!deleted) throw missingDeck();
    await this.removeFiles(files);
    this.changed('decks');
  }

  trash(deckId: string): void {
    this.options.library.trash(deckId);
    this.changed('decks');
  }

  restore(deckId: string): DeckSummary {
    return this.changed('decks', this.options.library.restore(deckId));
  }

  saveImport(input: Parameters<DeckLibrary['save']>[0]): SaveImportResult {
    return this.changed('decks', this.options.library.save(input));
  }

  addQuestion(deckId: string, question: QuestionInput): Question {
    const { decks, questions } = this.options.library;
    if (!decks.summary(deckId)) throw missingDeck();
    return this.changed('decks', questions.add(deckId, question));
  }

  updateQuestion(questionId: string, patch: Partial<QuestionInput>): Question {
    const { questions } = this.options.library;
    if (!questions.get(questionId)) throw missingQuestion();
    const updated = questions.update(questionId, patch);
    if (!updated) throw missingQuestion();
    return this.changed('decks', updated);
  }

  /** Deletes a question with its takes and their recordings. */
  async deleteQuestion(questionId: string): Promise<void> {
    const { deleted, files } = this.options.library.questions.delete(questionId);
    if (!deleted) throw missingQuestion();
    await this.removeFiles(files);
    this.changed('takes');
    this.changed('decks');
  }

  private removeFiles(files: readonly string[]): Promise<void> {
    return removeMediaFiles(this.options.recordingsDir, files, this.options.logger);
  }

  private changed(kind: 'decks' | 'takes'): void;
  private changed<T>(kind: 'decks' | 'takes', value: T): T;
  private changed<T>(kind: 'decks' | 'takes', value?: T): T | undefined {
    this.options.events.emit('data.changed', { kind });
    return value;
  }
}
