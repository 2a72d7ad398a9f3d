import { Badge } from '@mantine/core';
import { lifecycleStateLabels, type LifecycleState } from '@vigil/contracts';
import { stateColors } from './options';

export function StateBadge({ state }: { state: LifecycleState }) {
  return (
    <Badge
      component="span"
      color={stateColors[state]}
      variant="light"
      styles={{ label: { overflow: 'visible' } }}
    >
      {lifecycleStateLabels[state]}
    </Badge>
  );
}
