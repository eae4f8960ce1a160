import { createHashRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { Layout } from './Layout';
import { libraryRoutes } from './pages/library/routes';
import { interviewRoutes } from './pages/interview/routes';
import { practiceRoutes } from './pages/practice/routes';
import { progressRoutes } from './pages/progress/routes';
import { reviewRoutes } from './pages/review/routes';
import { settingsRoutes } from './pages/settings/routes';

export const routes: RouteObject[] = [
  {
    path: '/',
    element: <Layout />,
    children: [
      { index: true, element: <Navigate to="/library" replace /> },
      ...libraryRoutes,
      ...practiceRoutes,
      ...reviewRoutes,
      ...progressRoutes,
      ...interviewRoutes,
      ...settingsRoutes,
      { path: '*', element: <Navigate to="/library" replace /> },
    ],
  },
];

// Hash routing works the same under the app:// protocol and in browser mode.
const router = createHashRouter(routes);

export function App() {
  return <RouterProvider router={router} />;
}
