import { Badge } from '@mantine/core';
import { type AssessmentStatus, assessmentStatusLabels } from '@vigil/contracts';
import { assessmentStatusColors } from './assessmentText';

export function AssessmentStatusBadge({ status }: { status: AssessmentStatus }) {
  return (
    <Badge
      component="span"
      variant="light"
      color={assessmentStatusColors[status]}
      style={{ flex: 'none' }}
      styles={{ label: { overflow: 'visible' } }}
    >
      {assessmentStatusLabels[status]}
    </Badge>
  );
}
