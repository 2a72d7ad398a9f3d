import { Anchor, EmptyState, List } from '@mantine/core';
import { Link } from 'react-router';
import { productAreas } from '../../shell/areas';

const whatAppears: Record<'monitoring' | 'projects', readonly string[]> = {
  monitoring: [
    'Monitoring reports for this system from its prediction logs',
    'Alerts when the latest run finds drift or a problem',
  ],
  projects: [
    'The idea or staff report this system came from, with its thread',
    'Rotation and improvement projects tied to this system',
  ],
};

/** A tab for an area that does not exist yet: what will appear here, and nothing invented. */
export function PlannedTab({ area }: { area: keyof typeof whatAppears }) {
  const info = productAreas.find((candidate) => candidate.path === `/${area}`);
  const AreaIcon = info?.icon;
  return (
    <EmptyState
      align="left"
      icon={AreaIcon ? <AreaIcon size={28} aria-hidden /> : undefined}
      withIndicatorBackground
    >
      <EmptyState.Title order={2}>Nothing recorded here yet</EmptyState.Title>
      <EmptyState.Description>
        {info?.label ?? area} arrives with {info?.release ?? 'a later release'}. Once it does, this
        tab will show:
      </EmptyState.Description>
      <List mt="sm" spacing={4} withPadding>
        {whatAppears[area].map((item) => (
          <List.Item key={item}>{item}</List.Item>
        ))}
      </List>
      {info ? (
        <Anchor component={Link} to={info.path} size="sm" mt="sm" display="inline-block">
          About {info.label}
        </Anchor>
      ) : null}
    </EmptyState>
  );
}
