import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { SystemCompletenessDto } from '@vigil/contracts';
import { Link } from 'react-router';
import { TableScroll } from '../../../components/TableScroll';
import { StateBadge } from '../StateBadge';

const noCardShown = 15;
const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value)}%`);

function CompletenessTable(props: {
  caption: string;
  systems: readonly SystemCompletenessDto[];
  withFigures: boolean;
}) {
  const { caption, systems, withFigures } = props;
  return (
    <TableScroll minWidth={680} label={caption}>
      <Table striped captionSide="top">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">System</Table.Th>
            <Table.Th scope="col">Developer</Table.Th>
            <Table.Th scope="col">State</Table.Th>
            {withFigures ? (
              <>
                <Table.Th scope="col">Overall</Table.Th>
                <Table.Th scope="col">CHAI fields</Table.Th>
                <Table.Th scope="col">HTI-1 attributes</Table.Th>
              </>
            ) : null}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {systems.map((s) => (
            <Table.Tr key={s.systemId}>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`/portfolio/${s.systemId}?tab=card`}>
                  {s.name}
                </Anchor>
              </Table.Th>
              <Table.Td fz="sm">{s.developer}</Table.Td>
              <Table.Td>
                <StateBadge state={s.lifecycleState} />
              </Table.Td>
              {withFigures ? (
                <>
                  <Table.Td fz="sm">{percent(s.overall)}</Table.Td>
                  <Table.Td fz="sm">{percent(s.chai)}</Table.Td>
                  <Table.Td fz="sm">{percent(s.hti1)}</Table.Td>
                </>
              ) : null}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** The cards with the most gaps first, then the systems that have no card at all. */
export function LeastCompleteTable({ systems }: { systems: readonly SystemCompletenessDto[] }) {
  const withCard = systems
    .filter((s) => s.overall !== null)
    .sort((a, b) => (a.overall ?? 0) - (b.overall ?? 0));
  const withoutCard = systems.filter((s) => s.overall === null);
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="least-complete">
      <Title id="least-complete" order={2} size="h4" mb="sm">
        Least complete model cards
      </Title>
      <Stack gap="lg">
        {withCard.length === 0 ? (
          <Text c="dimmed">No system has a model card yet.</Text>
        ) : (
          <CompletenessTable
            caption={`Systems with a card, least complete first (${withCard.length})`}
            systems={withCard}
            withFigures
          />
        )}
        {withoutCard.length > 0 ? (
          <>
            <CompletenessTable
              caption={`Systems without a model card (${withoutCard.length})`}
              systems={withoutCard.slice(0, noCardShown)}
              withFigures={false}
            />
            {withoutCard.length > noCardShown ? (
              <Text size="sm" c="dimmed">
                and {withoutCard.length - noCardShown} more without a card.
              </Text>
            ) : null}
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
