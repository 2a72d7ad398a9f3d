import { IconLock } from '@tabler/icons-react';
import { roleLabels } from '@vigil/contracts';
import { useMe } from '../../api/useAuth';
import { StatusPage } from './StatusPage';

export function ForbiddenPage() {
  const me = useMe();
  const roles = me.data?.user.roles.map((role) => roleLabels[role]).join(', ') ?? 'none';
  return (
    <StatusPage
      pageTitle="No access"
      heading="You do not have access to this page"
      icon={<IconLock size={28} aria-hidden />}
    >
      Your roles ({roles}) do not include this part of Vigil. If you need it for your work, ask an
      administrator to change your roles.
    </StatusPage>
  );
}
