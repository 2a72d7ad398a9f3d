import { Button, Group, Select, Stack, Table, Text, Title } from '@mantine/core';
import type { AiSystemDto } from '@vigil/contracts';
import { useState } from 'react';
import { useSystemVersions } from '../../../api/usePortfolio';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { TableScroll } from '../../../components/TableScroll';
import { formatDateTime } from '../../../lib/format';
import { fieldLabel } from '../fieldLabels';
import { SystemDiff } from './SystemDiff';
import { VersionSnapshotModal } from './VersionSnapshotModal';

/** Every saved version with who and what; pick two to compare, or open one as it was. */
export function HistoryTab({ system }: { system: AiSystemDto }) {
  const versions = useSystemVersions(system.id);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const [viewing, setViewing] = useState<number | null>(null);
  if (versions.isPending) return <PageLoader />;
  if (versions.isError) return <ErrorAlert error={versions.error} />;

  const items = versions.data;
  const options = items.map((v) => ({ value: String(v.version), label: `Version ${v.version}` }));
  const fromVersion = Number(from ?? items[1]?.version ?? items[0]?.version ?? 1);
  const toVersion = Number(to ?? items[0]?.version ?? 1);
  const caption = `Versions of ${system.name}, newest first`;
  return (
    <Stack gap="xl">
      <section>
        <Title order={2} size="h4" mb="sm">
          Versions
        </Title>
        <TableScroll minWidth={640} label={caption}>
          <Table striped captionSide="top">
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Version</Table.Th>
                <Table.Th scope="col">Saved</Table.Th>
                <Table.Th scope="col">By</Table.Th>
                <Table.Th scope="col">Changed fields</Table.Th>
                <Table.Th scope="col">Snapshot</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((v) => (
                <Table.Tr key={v.version}>
                  <Table.Th scope="row">{v.version}</Table.Th>
                  <Table.Td>{formatDateTime(v.changedAt)}</Table.Td>
                  <Table.Td>{v.changedByLabel}</Table.Td>
                  <Table.Td fz="sm">
                    {v.version === 1
                      ? 'Registered'
                      : v.changedFields.map(fieldLabel).join(', ') || '—'}
                  </Table.Td>
                  <Table.Td>
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() => setViewing(v.version)}
                      aria-label={`View version ${v.version}`}
                    >
                      View
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </section>
      <section>
        <Title order={2} size="h4" mb="sm">
          Compare two versions
        </Title>
        {items.length < 2 ? (
          <Text c="dimmed">
            There is only one version so far; a comparison appears after the first change.
          </Text>
        ) : (
          <>
            <Group mb="md">
              <Select
                label="From version"
                data={options}
                value={String(fromVersion)}
                onChange={setFrom}
                allowDeselect={false}
                w={180}
              />
              <Select
                label="To version"
                data={options}
                value={String(toVersion)}
                onChange={setTo}
                allowDeselect={false}
                w={180}
              />
            </Group>
            <SystemDiff systemId={system.id} from={fromVersion} to={toVersion} />
          </>
        )}
      </section>
      <VersionSnapshotModal
        systemId={system.id}
        version={viewing}
        onClose={() => setViewing(null)}
      />
    </Stack>
  );
}
