import { Group, Paper, SimpleGrid, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import type { Permission } from '@vigil/contracts';
import {
  IconBulb,
  IconCalendarEvent,
  IconChecklist,
  IconClipboardCheck,
  IconInbox,
  IconListCheck,
  IconMessages,
  IconRefresh,
  IconScale,
  type Icon,
} from '@tabler/icons-react';
import { Link } from 'react-router';
import { hasPermission, useMe } from '../../../api/useAuth';

interface GovernancePage {
  to: string;
  label: string;
  description: string;
  icon: Icon;
  permission: Permission;
}

/** The Governance area's pages; each engineer's page lives at its own address. */
export const governancePages: readonly GovernancePage[] = [
  {
    to: '/governance/report',
    label: 'Report or propose AI',
    description: 'Tell the AI office about a new idea or AI already in use',
    icon: IconBulb,
    permission: 'governance.submit',
  },
  {
    to: '/governance/submissions',
    label: 'My submissions',
    description: 'What you told the office, its status and questions for you',
    icon: IconMessages,
    permission: 'governance.submit',
  },
  {
    to: '/governance/intake',
    label: 'Triage queue',
    description: 'Intakes waiting for the office: tier them, ask questions, accept or close',
    icon: IconInbox,
    permission: 'governance.manage',
  },
  {
    to: '/governance/reviews',
    label: 'My reviews',
    description: 'Review rounds you are assigned to, by discipline',
    icon: IconClipboardCheck,
    permission: 'governance.review',
  },
  {
    to: '/governance/conditions',
    label: 'Conditions',
    description: 'Conditions of decisions, their owners and due dates',
    icon: IconListCheck,
    permission: 'governance.read',
  },
  {
    to: '/governance/meetings',
    label: 'Committee meetings',
    description: 'Agendas, attendance and quorum, minutes and decisions',
    icon: IconCalendarEvent,
    permission: 'governance.read',
  },
  {
    to: '/governance/re-reviews',
    label: 'Re-reviews',
    description: 'Systems due for re-review, overdue ones first',
    icon: IconRefresh,
    permission: 'governance.read',
  },
  {
    to: '/governance/assessments',
    label: 'Framework assessments',
    description: 'NIST AI RMF, RUAIH, HTI-1 and CHAI assessments and their gaps',
    icon: IconChecklist,
    permission: 'governance.read',
  },
  {
    to: '/governance/rules',
    label: 'Tiering rules',
    description: 'The risk-tiering rules in force and their versions',
    icon: IconScale,
    permission: 'governance.rules',
  },
];

/** Links to the other governance pages the signed-in person may open. */
export function GovernanceLinks() {
  const me = useMe();
  const pages = governancePages.filter((p) => hasPermission(me.data, p.permission));
  return (
    <nav aria-label="Governance pages">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="sm">
        {pages.map((page) => (
          <UnstyledButton key={page.to} component={Link} to={page.to}>
            <Paper withBorder p="sm" h="100%">
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <ThemeIcon variant="light" size="lg" aria-hidden>
                  <page.icon size={20} />
                </ThemeIcon>
                <div>
                  <Text fw={600}>{page.label}</Text>
                  <Text size="sm" c="dimmed">
                    {page.description}
                  </Text>
                </div>
              </Group>
            </Paper>
          </UnstyledButton>
        ))}
      </SimpleGrid>
    </nav>
  );
}
