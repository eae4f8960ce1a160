import type { RouteObject } from 'react-router';
import { PracticePage } from './PracticePage';

export const practiceRoutes: RouteObject[] = [{ path: 'practice', element: <PracticePage /> }];
