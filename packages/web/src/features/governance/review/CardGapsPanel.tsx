import { Anchor, Badge, Group, List, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useModelCard } from '../../../api/usePortfolioCards';
import { ErrorAlert } from '../../../components/ErrorAlert';

/** The model card's HTI-1 and CHAI transparency gaps, from the existing completeness check. */
export function CardGapsPanel({ systemId }: { systemId: string }) {
  const card = useModelCard(systemId);
  if (card.isPending) return <Text size="sm">Loading the model card…</Text>;
  if (card.isError) return <ErrorAlert error={card.error} />;
  if (card.data === null) {
    return (
      <Text size="sm">
        No model card on file.{' '}
        <Anchor component={Link} to={`/portfolio/${systemId}?tab=card`}>
          Add one on the system page
        </Anchor>
        .
      </Text>
    );
  }
  const { completeness } = card.data;
  const missing = completeness.items.filter((i) => i.status === 'missing');
  const hti1 = missing.filter((i) => i.source === 'hti1');
  const chai = missing.filter((i) => i.source === 'chai');
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Badge
          component="span"
          variant="light"
          color={completeness.hti1.percent >= 100 ? 'green' : 'red'}
        >
          HTI-1 {completeness.hti1.present}/{completeness.hti1.total}
        </Badge>
        <Badge
          component="span"
          variant="light"
          color={completeness.chai.percent >= 100 ? 'green' : 'orange'}
        >
          CHAI {completeness.chai.present}/{completeness.chai.total}
        </Badge>
        <Text size="sm" c="dimmed">
          Card version {card.data.cardVersion}, assessed as {completeness.dsiType.replace('_', '-')}{' '}
          DSI
        </Text>
      </Group>
      {missing.length === 0 ? (
        <Text size="sm">No gaps: every HTI-1 source attribute and CHAI field is present.</Text>
      ) : (
        <Group align="flex-start" gap="xl" wrap="wrap">
          <GapList
            title={`Missing HTI-1 source attributes (${hti1.length})`}
            labels={hti1.map((i) => i.label)}
          />
          <GapList
            title={`Missing CHAI fields (${chai.length})`}
            labels={chai.map((i) => i.label)}
          />
        </Group>
      )}
    </Stack>
  );
}

function GapList({ title, labels }: { title: string; labels: string[] }) {
  if (labels.length === 0) return null;
  return (
    <div style={{ flex: '1 1 280px' }}>
      <Text size="sm" fw={600} c="red.8">
        {title}
      </Text>
      <List size="sm" spacing={2}>
        {labels.slice(0, 12).map((label) => (
          <List.Item key={label}>{label}</List.Item>
        ))}
      </List>
      {labels.length > 12 ? (
        <Text size="xs" c="dimmed">
          and {labels.length - 12} more on the model card tab
        </Text>
      ) : null}
    </div>
  );
}
