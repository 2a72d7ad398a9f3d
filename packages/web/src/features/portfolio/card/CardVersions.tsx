import { Badge, Code, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { ModelCardDiffEntry } from '@vigil/contracts';
import { useState } from 'react';
import { useModelCardDiff, useModelCardVersions } from '../../../api/usePortfolioCards';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../lib/format';
import { formatMetricResult } from './cardText';

function diffText(value: ModelCardDiffEntry['before']): string {
  if (value === undefined) return '∅';
  if (typeof value === 'string') return value.length > 400 ? `${value.slice(0, 399)}…` : value;
  if (Array.isArray(value)) return value.join(', ');
  return `${value.label}: ${formatMetricResult(value)}`;
}

function CardDiff({ systemId, from, to }: { systemId: string; from: number; to: number }) {
  const diff = useModelCardDiff(systemId, from === to ? null : { from, to });
  if (from === to) return <Text c="dimmed">Pick two different card versions to compare.</Text>;
  if (diff.isPending) return <PageLoader />;
  if (diff.isError) return <ErrorAlert error={diff.error} />;
  if (diff.data.changes.length === 0)
    return <Text c="dimmed">The two card versions are the same.</Text>;
  const caption = `Card changes from version ${from} to version ${to}`;
  return (
    <TableScroll minWidth={640} label={caption}>
      <Table captionSide="top" striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Field</Table.Th>
            <Table.Th scope="col">Change</Table.Th>
            <Table.Th scope="col">Version {from}</Table.Th>
            <Table.Th scope="col">Version {to}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {diff.data.changes.map((entry) => (
            <Table.Tr key={entry.path}>
              <Table.Th scope="row" fz="sm">
                {entry.label}
              </Table.Th>
              <Table.Td>
                <Badge
                  variant="light"
                  color={
                    entry.change === 'removed' ? 'red' : entry.change === 'added' ? 'green' : 'blue'
                  }
                >
                  {entry.change}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Code style={{ whiteSpace: 'pre-wrap' }}>{diffText(entry.before)}</Code>
              </Table.Td>
              <Table.Td>
                <Code style={{ whiteSpace: 'pre-wrap' }}>{diffText(entry.after)}</Code>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** The card's versions (imported or edited, by whom), and a diff between any two. */
export function CardVersions({ systemId }: { systemId: string }) {
  const versions = useModelCardVersions(systemId);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  if (versions.isPending) return <PageLoader />;
  if (versions.isError) return <ErrorAlert error={versions.error} />;
  const items = versions.data;
  const options = items.map((v) => ({
    value: String(v.cardVersion),
    label: `Card version ${v.cardVersion}`,
  }));
  const toVersion = Number(to ?? items[0]?.cardVersion ?? 1);
  const fromVersion = Number(from ?? items[1]?.cardVersion ?? toVersion);
  return (
    <Stack gap="md">
      <Title order={3} size="h5">
        Card versions
      </Title>
      <Stack gap={4}>
        {items.map((v) => (
          <Text key={v.cardVersion} size="sm">
            Version {v.cardVersion}:{' '}
            {v.source === 'chai_xml_import'
              ? `imported from ${v.sourceFilename ?? 'CHAI XML'}`
              : 'edited in Vigil'}{' '}
            by {v.createdByLabel}, {formatDateTime(v.createdAt)}
          </Text>
        ))}
      </Stack>
      {items.length < 2 ? (
        <Text size="sm" c="dimmed">
          A comparison appears once the card has a second version.
        </Text>
      ) : (
        <>
          <Group>
            <Select
              label="Compare card version"
              data={options}
              value={String(fromVersion)}
              onChange={setFrom}
              allowDeselect={false}
              w={200}
            />
            <Select
              label="with card version"
              data={options}
              value={String(toVersion)}
              onChange={setTo}
              allowDeselect={false}
              w={200}
            />
          </Group>
          <CardDiff systemId={systemId} from={fromVersion} to={toVersion} />
        </>
      )}
    </Stack>
  );
}
