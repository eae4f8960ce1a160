import type { RouteObject } from 'react-router';
import { ReviewTakePage } from './ReviewTakePage';
import { ReportPage } from './ReportPage';
import { ReviewPage } from './ReviewPage';

export const reviewRoutes: RouteObject[] = [
  { path: 'review', element: <ReviewPage /> },
  { path: 'review/:takeId', element: <ReviewTakePage /> },
  { path: 'review/:takeId/report', element: <ReportPage /> },
];
