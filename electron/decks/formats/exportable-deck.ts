import type { ImportedQuestion } from '@contract/deck-import';

/** What every exporter needs from a deck; saved decks and import previews both fit. */
export interface ExportableDeck {
  readonly title: string;
  readonly questions: readonly (Omit<ImportedQuestion, 'line' | 'difficulty'> & { difficulty: string | null })[];
}
