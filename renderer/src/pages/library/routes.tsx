import type { RouteObject } from 'react-router';
import { DeckPage } from './deck/DeckPage';
import { QuestionEditorPage } from './deck/QuestionEditorPage';
import { ImportPage } from './import/ImportPage';
import { LibraryPage } from './LibraryPage';

export const libraryRoutes: RouteObject[] = [
  { path: 'library', element: <LibraryPage /> },
  { path: 'library/import', element: <ImportPage /> },
  { path: 'library/:deckId', element: <DeckPage /> },
  { path: 'library/:deckId/:questionId', element: <QuestionEditorPage /> },
];
