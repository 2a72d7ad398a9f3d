import { Badge } from '@mantine/core';
import { type MeetingQuorumDto, type MeetingStatus, meetingStatusLabels } from '@vigil/contracts';
import { IconCircleCheck, IconCircleX } from '@tabler/icons-react';

const statusColors: Record<MeetingStatus, string> = {
  scheduled: 'blue',
  held: 'green',
  cancelled: 'gray',
};

export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  return (
    <Badge
      component="span"
      variant="light"
      color={statusColors[status]}
      styles={{ label: { overflow: 'visible' } }}
    >
      {meetingStatusLabels[status]}
    </Badge>
  );
}

/** Quorum reached or not, in words and colour, with the count behind it. */
export function QuorumBadge({
  quorum,
  size = 'md',
}: {
  quorum: MeetingQuorumDto;
  size?: 'md' | 'lg';
}) {
  const Icon = quorum.reached ? IconCircleCheck : IconCircleX;
  return (
    <Badge
      component="span"
      size={size}
      variant="light"
      color={quorum.reached ? 'green' : 'red'}
      leftSection={<Icon size={14} aria-hidden />}
      styles={{ label: { overflow: 'visible' } }}
    >
      {quorum.reached ? 'Quorum reached' : 'Quorum not reached'}: {quorum.present} present,{' '}
      {quorum.required} needed
    </Badge>
  );
}
