import { Badge } from '@mantine/core';
import { type IntakeStatus, intakeStatusLabels } from '@vigil/contracts';
import { statusColors, submitterStatusLabels } from './intakeLabels';

/** An intake's status; the submitter sees it in plain words, the office in its own terms. */
export function IntakeStatusBadge({
  status,
  forSubmitter = false,
}: {
  status: IntakeStatus;
  forSubmitter?: boolean;
}) {
  return (
    <Badge
      component="span"
      color={statusColors[status]}
      variant="light"
      styles={{ label: { overflow: 'visible' } }}
    >
      {forSubmitter ? submitterStatusLabels[status] : intakeStatusLabels[status]}
    </Badge>
  );
}
