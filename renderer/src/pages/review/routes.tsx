import type { RouteObject } from 'react-router';
import { ReviewPage } from './ReviewPage';

export const reviewRoutes: RouteObject[] = [{ path: 'review', element: <ReviewPage /> }];
