import type { RouteObject } from 'react-router';
import { DeckQuestionsPage } from './DeckQuestionsPage';
import { PracticePage } from './PracticePage';
import { QuestionPracticePage } from './QuestionPracticePage';

export const practiceRoutes: RouteObject[] = [
  { path: 'practice', element: <PracticePage /> },
  { path: 'practice/:deckId', element: <DeckQuestionsPage /> },
  { path: 'practice/:deckId/:questionId', element: <QuestionPracticePage /> },
];
