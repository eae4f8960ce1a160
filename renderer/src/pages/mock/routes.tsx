import type { RouteObject } from 'react-router';
import { MockPage } from './MockPage';
import { MockReportPage } from './MockReportPage';
import { MockRunPage } from './MockRunPage';

export const mockRoutes: RouteObject[] = [
  { path: 'mock', element: <MockPage /> },
  { path: 'mock/:sessionId', element: <MockRunPage /> },
  { path: 'mock/:sessionId/report', element: <MockReportPage /> },
];
