import { Badge } from '@mantine/core';
import { type AnswerStatus, answerStatusLabels } from '@vigil/contracts';
import { answerColors } from './assessmentText';

export function AnswerStatusBadge({ status }: { status: AnswerStatus }) {
  return (
    <Badge
      component="span"
      color={answerColors[status]}
      variant={status === 'unanswered' ? 'outline' : 'light'}
      styles={{ label: { overflow: 'visible' } }}
    >
      {answerStatusLabels[status]}
    </Badge>
  );
}
