import { lazy } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { RequireAuth } from './features/auth/RequireAuth';
import { SignInPage } from './features/auth/SignInPage';
import { AppLayout } from './features/shell/AppLayout';
import { AreaPage } from './features/shell/AreaPage';
import { productAreas } from './features/shell/areas';
import { HomePage } from './features/shell/HomePage';
import { NotFoundPage } from './features/shell/NotFoundPage';
import { RequirePermission } from './features/shell/RequirePermission';

const UsersPage = lazy(() =>
  import('./features/users/UsersPage').then((m) => ({ default: m.UsersPage })),
);
const UserDetailPage = lazy(() =>
  import('./features/users/UserDetailPage').then((m) => ({ default: m.UserDetailPage })),
);
const AuditPage = lazy(() =>
  import('./features/audit/AuditPage').then((m) => ({ default: m.AuditPage })),
);
const MyTokensPage = lazy(() =>
  import('./features/tokens/MyTokensPage').then((m) => ({ default: m.MyTokensPage })),
);
const ChangePasswordPage = lazy(() =>
  import('./features/auth/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);

const routes: RouteObject[] = [
  { path: '/sign-in', element: <SignInPage /> },
  {
    element: <RequireAuth />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { index: true, element: <HomePage /> },
          ...productAreas.map((area) => ({ path: area.path, element: <AreaPage area={area} /> })),
          { path: '/account/tokens', element: <MyTokensPage /> },
          { path: '/account/password', element: <ChangePasswordPage /> },
          {
            element: <RequirePermission permission="users.read" />,
            children: [
              { path: '/admin/users', element: <UsersPage /> },
              { path: '/admin/users/:id', element: <UserDetailPage /> },
            ],
          },
          {
            element: <RequirePermission permission="audit.read" />,
            children: [{ path: '/audit', element: <AuditPage /> }],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

const router = createBrowserRouter(routes);

export function App() {
  return <RouterProvider router={router} />;
}
