import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import type { ImportCommitResult } from '@vigil/contracts';
import { Link } from 'react-router';
import { useSystem } from '../../../api/usePortfolio';

const linkedMax = 25;

function SystemLink({ id }: { id: string }) {
  const system = useSystem(id);
  return (
    <Anchor component={Link} to={`/portfolio/${id}`}>
      {system.data?.name ?? 'Open system'}
    </Anchor>
  );
}

/** Step 4: what the import did, with links to the systems it made or changed. */
export function CommitSummary({
  result,
  onRestart,
}: {
  result: ImportCommitResult;
  onRestart: () => void;
}) {
  const { counts } = result;
  const ids = [...result.createdIds, ...result.updatedIds];
  return (
    <Stack gap="md">
      <Alert color="green" icon={<IconCircleCheck aria-hidden />} title="Import complete">
        {counts.create} added, {counts.update} updated, {counts.unchanged} unchanged,{' '}
        {counts.excluded} left out.
      </Alert>
      {ids.length > 0 ? (
        <section aria-label="Imported systems">
          <Text fw={600} mb={4}>
            Imported systems
          </Text>
          <List size="sm" spacing={2}>
            {ids.slice(0, linkedMax).map((id) => (
              <List.Item key={id}>
                <SystemLink id={id} />
              </List.Item>
            ))}
          </List>
          {ids.length > linkedMax ? (
            <Text size="sm" c="dimmed">
              and {ids.length - linkedMax} more.
            </Text>
          ) : null}
        </section>
      ) : null}
      <Group>
        <Button component={Link} to="/portfolio?sort=updatedAt&order=desc">
          Open the portfolio
        </Button>
        <Button variant="default" onClick={onRestart}>
          Import another file
        </Button>
      </Group>
    </Stack>
  );
}
