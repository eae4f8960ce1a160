import type { RouteObject } from 'react-router';
import { InterviewPage } from './InterviewPage';
import { InterviewReportPage } from './InterviewReportPage';
import { InterviewRunPage } from './InterviewRunPage';

export const interviewRoutes: RouteObject[] = [
  { path: 'interview', element: <InterviewPage /> },
  { path: 'interview/:interviewId', element: <InterviewRunPage /> },
  { path: 'interview/:interviewId/report', element: <InterviewReportPage /> },
];
