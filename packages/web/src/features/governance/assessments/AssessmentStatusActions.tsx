import { Button, Menu } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChevronDown } from '@tabler/icons-react';
import type { AssessmentDetailDto, AssessmentStatus } from '@vigil/contracts';
import { useUpdateAssessment } from '../../../api/useGovernanceAssessments';

const actions: { to: AssessmentStatus; label: string; from: readonly AssessmentStatus[] }[] = [
  { to: 'completed', label: 'Mark as completed', from: ['in_progress'] },
  { to: 'in_progress', label: 'Reopen', from: ['completed', 'archived'] },
  { to: 'archived', label: 'Archive', from: ['in_progress', 'completed'] },
];

/** Completes, archives or reopens an assessment; a stale page is told to reload. */
export function AssessmentStatusActions({ assessment }: { assessment: AssessmentDetailDto }) {
  const update = useUpdateAssessment(assessment.id);
  const available = actions.filter((a) => a.from.includes(assessment.status));
  const handle = (to: AssessmentStatus, label: string) =>
    update.mutate(
      { status: to, expectedVersion: assessment.version },
      {
        onSuccess: () => notifications.show({ color: 'green', message: `${label}: done.` }),
        onError: (error) =>
          notifications.show({ color: 'red', title: `${label} failed`, message: error.message }),
      },
    );
  return (
    <Menu position="bottom-end">
      <Menu.Target>
        <Button
          variant="default"
          rightSection={<IconChevronDown size={14} aria-hidden />}
          loading={update.isPending}
        >
          Status
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {available.map((a) => (
          <Menu.Item key={a.to} onClick={() => handle(a.to, a.label)}>
            {a.label}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
