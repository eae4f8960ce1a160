import type { RouteObject } from 'react-router';
import { ReviewAttemptPage } from './ReviewAttemptPage';
import { ReportPage } from './ReportPage';
import { ReviewPage } from './ReviewPage';

export const reviewRoutes: RouteObject[] = [
  { path: 'review', element: <ReviewPage /> },
  { path: 'review/:attemptId', element: <ReviewAttemptPage /> },
  { path: 'review/:attemptId/report', element: <ReportPage /> },
];
