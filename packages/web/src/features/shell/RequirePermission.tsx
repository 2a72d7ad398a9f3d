import type { Permission } from '@vigil/contracts';
import { Outlet } from 'react-router';
import { hasPermission, useMe } from '../../api/useAuth';
import { ForbiddenPage } from './ForbiddenPage';

/** Hides a page the user's roles do not open; the server refuses the data regardless. */
export function RequirePermission({ permission }: { permission: Permission }) {
  const me = useMe();
  return hasPermission(me.data, permission) ? <Outlet /> : <ForbiddenPage />;
}
