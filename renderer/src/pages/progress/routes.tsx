import type { RouteObject } from 'react-router';
import { ProgressPage } from './ProgressPage';

export const progressRoutes: RouteObject[] = [{ path: 'progress', element: <ProgressPage /> }];
