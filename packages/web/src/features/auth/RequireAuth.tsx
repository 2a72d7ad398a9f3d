import { Navigate, Outlet, useLocation } from 'react-router';
import { useMe } from '../../api/useAuth';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageLoader } from '../../components/PageLoader';
import { signInPath } from './returnTo';

/** Renders the signed-in part of the app, or sends the visitor to sign in and back. */
export function RequireAuth() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <ErrorAlert error={me.error} title="Vigil could not load your account" />;
  if (!me.data) {
    return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  }
  return <Outlet />;
}
