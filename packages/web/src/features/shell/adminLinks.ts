import type { Permission } from '@vigil/contracts';
import { IconFileSearch, IconUsers, type Icon } from '@tabler/icons-react';
import { IconInbox, IconScale } from '@tabler/icons-react';

export interface AdminLink {
  path: string;
  label: string;
  icon: Icon;
  permission: Permission;
  description: string;
}

/** Navigation entries that only holders of a permission see. */
export const adminLinks: readonly AdminLink[] = [
  {
    path: '/admin/users',
    label: 'Users',
    icon: IconUsers,
    permission: 'users.read',
    description: 'Accounts, roles, committee disciplines, sign-in lockouts and API tokens.',
  },
  {
    path: '/audit',
    label: 'Audit log',
    icon: IconFileSearch,
    permission: 'audit.read',
    description:
      'Who changed what and when, with CSV export and an integrity check of the hash chain.',
  },
  {
    path: '/governance/intake',
    label: 'Intake triage',
    icon: IconInbox,
    permission: 'governance.manage',
    description:
      'AI ideas and reports from staff: ask questions, accept them into the portfolio and tier them, or close them.',
  },
  {
    path: '/governance/rules',
    label: 'Tiering rules',
    icon: IconScale,
    permission: 'governance.rules',
    description:
      'The risk-tiering dimensions, weights, rules and what each tier decides, as versioned data.',
  },
];
