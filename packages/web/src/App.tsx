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
const PortfolioPage = lazy(() =>
  import('./features/portfolio/list/PortfolioPage').then((m) => ({ default: m.PortfolioPage })),
);
const SystemPage = lazy(() =>
  import('./features/portfolio/system/SystemPage').then((m) => ({ default: m.SystemPage })),
);
const CreateSystemPage = lazy(() =>
  import('./features/portfolio/form/CreateSystemPage').then((m) => ({
    default: m.CreateSystemPage,
  })),
);
const EditSystemPage = lazy(() =>
  import('./features/portfolio/form/EditSystemPage').then((m) => ({ default: m.EditSystemPage })),
);
const NutritionLabelPage = lazy(() =>
  import('./features/portfolio/label/NutritionLabelPage').then((m) => ({
    default: m.NutritionLabelPage,
  })),
);
const ImportWizardPage = lazy(() =>
  import('./features/portfolio/importer/ImportWizardPage').then((m) => ({
    default: m.ImportWizardPage,
  })),
);
const DashboardPage = lazy(() =>
  import('./features/portfolio/dashboard/DashboardPage').then((m) => ({
    default: m.DashboardPage,
  })),
);
const InboxPage = lazy(() =>
  import('./features/notifications/InboxPage').then((m) => ({ default: m.InboxPage })),
);
const ChangePasswordPage = lazy(() =>
  import('./features/auth/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);

const ReviewWorkspacePage = lazy(() =>
  import('./features/governance/review/ReviewWorkspacePage').then((m) => ({
    default: m.ReviewWorkspacePage,
  })),
);
const MyReviewsPage = lazy(() =>
  import('./features/governance/review/MyReviewsPage').then((m) => ({ default: m.MyReviewsPage })),
);
const DecisionLetterPage = lazy(() =>
  import('./features/governance/review/DecisionLetterPage').then((m) => ({
    default: m.DecisionLetterPage,
  })),
);
const ConditionsPage = lazy(() =>
  import('./features/governance/review/ConditionsPage').then((m) => ({
    default: m.ConditionsPage,
  })),
);

const AssessmentsPage = lazy(() =>
  import('./features/governance/assessments/AssessmentsPage').then((m) => ({
    default: m.AssessmentsPage,
  })),
);
const AssessmentPage = lazy(() =>
  import('./features/governance/assessments/AssessmentPage').then((m) => ({
    default: m.AssessmentPage,
  })),
);
const GapReportPage = lazy(() =>
  import('./features/governance/assessments/GapReportPage').then((m) => ({
    default: m.GapReportPage,
  })),
);
const SystemAssessmentsPage = lazy(() =>
  import('./features/governance/assessments/SystemAssessmentsPage').then((m) => ({
    default: m.SystemAssessmentsPage,
  })),
);

const ReportAiPage = lazy(() =>
  import('./features/governance/intake/ReportAiPage').then((m) => ({ default: m.ReportAiPage })),
);
const MySubmissionsPage = lazy(() =>
  import('./features/governance/intake/MySubmissionsPage').then((m) => ({
    default: m.MySubmissionsPage,
  })),
);
const SubmissionPage = lazy(() =>
  import('./features/governance/intake/SubmissionPage').then((m) => ({
    default: m.SubmissionPage,
  })),
);
const TriageQueuePage = lazy(() =>
  import('./features/governance/intake/TriageQueuePage').then((m) => ({
    default: m.TriageQueuePage,
  })),
);
const TriagePage = lazy(() =>
  import('./features/governance/intake/TriagePage').then((m) => ({ default: m.TriagePage })),
);
const TieringPage = lazy(() =>
  import('./features/governance/intake/TieringPage').then((m) => ({ default: m.TieringPage })),
);
const RulesPage = lazy(() =>
  import('./features/governance/intake/RulesPage').then((m) => ({ default: m.RulesPage })),
);

const GovernanceDashboardPage = lazy(() =>
  import('./features/governance/dashboard/GovernanceDashboardPage').then((m) => ({
    default: m.GovernanceDashboardPage,
  })),
);
const MeetingsPage = lazy(() =>
  import('./features/governance/committee/MeetingsPage').then((m) => ({
    default: m.MeetingsPage,
  })),
);
const MeetingPage = lazy(() =>
  import('./features/governance/committee/MeetingPage').then((m) => ({ default: m.MeetingPage })),
);
const ReReviewsPage = lazy(() =>
  import('./features/governance/committee/ReReviewsPage').then((m) => ({
    default: m.ReReviewsPage,
  })),
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
          ...productAreas
            .filter((area) => !area.isReleased)
            .map((area) => ({ path: area.path, element: <AreaPage area={area} /> })),
          {
            element: <RequirePermission permission="portfolio.read" />,
            children: [
              { path: '/portfolio', element: <PortfolioPage /> },
              { path: '/portfolio/dashboard', element: <DashboardPage /> },
              { path: '/portfolio/:id', element: <SystemPage /> },
              { path: '/portfolio/:id/label', element: <NutritionLabelPage /> },
            ],
          },
          {
            element: <RequirePermission permission="portfolio.write" />,
            children: [
              { path: '/portfolio/new', element: <CreateSystemPage /> },
              { path: '/portfolio/import', element: <ImportWizardPage /> },
              { path: '/portfolio/:id/edit', element: <EditSystemPage /> },
            ],
          },
          {
            element: <RequirePermission permission="governance.read" />,
            children: [
              { path: '/governance/assessments', element: <AssessmentsPage /> },
              { path: '/governance/assessments/:id', element: <AssessmentPage /> },
              { path: '/governance/assessments/:id/gaps', element: <GapReportPage /> },
              {
                path: '/governance/assessments/systems/:systemId',
                element: <SystemAssessmentsPage />,
              },
            ],
          },
          {
            element: <RequirePermission permission="governance.submit" />,
            children: [
              { path: '/governance/report', element: <ReportAiPage /> },
              { path: '/governance/submissions', element: <MySubmissionsPage /> },
              { path: '/governance/submissions/:id', element: <SubmissionPage /> },
            ],
          },
          {
            element: <RequirePermission permission="governance.manage" />,
            children: [
              { path: '/governance/intake', element: <TriageQueuePage /> },
              { path: '/governance/intake/:id', element: <TriagePage /> },
              { path: '/governance/tiering/:systemId', element: <TieringPage /> },
            ],
          },
          {
            element: <RequirePermission permission="governance.rules" />,
            children: [{ path: '/governance/rules', element: <RulesPage /> }],
          },
          { path: '/governance', element: <GovernanceDashboardPage /> },
          {
            element: <RequirePermission permission="governance.read" />,
            children: [
              { path: '/governance/meetings', element: <MeetingsPage /> },
              { path: '/governance/meetings/:id', element: <MeetingPage /> },
              { path: '/governance/re-reviews', element: <ReReviewsPage /> },
            ],
          },
          { path: '/account/tokens', element: <MyTokensPage /> },
          { path: '/account/password', element: <ChangePasswordPage /> },
          {
            element: <RequirePermission permission="governance.read" />,
            children: [
              { path: '/governance/systems/:systemId', element: <ReviewWorkspacePage /> },
              { path: '/governance/decisions/:id', element: <DecisionLetterPage /> },
            ],
          },
          {
            element: <RequirePermission permission="governance.review" />,
            children: [{ path: '/governance/reviews', element: <MyReviewsPage /> }],
          },
          { path: '/governance/conditions', element: <ConditionsPage /> },
          { path: '/inbox', element: <InboxPage /> },
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
