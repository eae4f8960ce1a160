import type { RouteObject } from 'react-router';
import { InterviewPage } from './InterviewPage';
import { InterviewReportPage } from './InterviewReportPage';
import { InterviewRunPage } from './InterviewRunPage';
import { MockAddressRedirect } from './MockAddressRedirect';

export const interviewRoutes: RouteObject[] = [
  { path: 'interview', element: <InterviewPage /> },
  { path: 'interview/:interviewId', element: <InterviewRunPage /> },
  { path: 'interview/:interviewId/report', element: <InterviewReportPage /> },
  { path: 'mock/*', element: <MockAddressRedirect /> },
  { path: 'mock', element: <MockAddressRedirect /> },
];
