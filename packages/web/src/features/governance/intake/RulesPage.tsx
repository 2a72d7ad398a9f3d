import { Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { hasPermission, useMe } from '../../../api/useAuth';
import {
  useActiveTierRules,
  useTierRuleVersion,
  useTierRuleVersions,
} from '../../../api/useGovernanceIntake';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageHeader } from '../../../components/PageHeader';
import { PageLoader } from '../../../components/PageLoader';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { RuleSetEditor } from './RuleSetEditor';
import { RuleSetView } from './RuleSetView';

/** The risk-tiering rules as versioned data: every version, one shown, and a new one edited. */
export function RulesPage() {
  const me = useMe();
  const canPublish = hasPermission(me.data, 'governance.rules');
  const versions = useTierRuleVersions();
  const active = useActiveTierRules();
  const [params, setParams] = useSearchParams();
  const requested = Number(params.get('version')) || null;
  const shownVersion = requested ?? active.data?.version ?? null;
  const shown = useTierRuleVersion(shownVersion);
  const [isEditing, setEditing] = useState(false);

  const show = (version: number) => setParams({ version: String(version) }, { replace: true });
  const failed = versions.error ?? active.error ?? shown.error;

  return (
    <>
      <PageHeader
        title="Tiering rules"
        description="How a system’s risk tier is computed, and what each tier decides. Publishing creates a new version; tierings already made keep the version and tier they were made with."
        actions={
          canPublish && !isEditing && active.data ? (
            <Button
              leftSection={<IconPencil size={16} aria-hidden />}
              onClick={() => setEditing(true)}
            >
              Edit as a new version
            </Button>
          ) : null
        }
      />
      {failed ? <ErrorAlert error={failed} /> : null}
      {versions.isPending || active.isPending ? <PageLoader /> : null}
      <Stack gap="lg">
        {versions.data ? (
          <TableScroll minWidth={720} label="Versions">
            <Table striped captionSide="top" fz="sm">
              <Table.Caption>Versions of the tiering rules, newest first</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Version</Table.Th>
                  <Table.Th scope="col">What changed</Table.Th>
                  <Table.Th scope="col">Published by</Table.Th>
                  <Table.Th scope="col">Tierings made under it</Table.Th>
                  <Table.Th scope="col">Show</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {versions.data.map((v) => (
                  <Table.Tr key={v.version}>
                    <Table.Td>
                      <Group gap="xs">
                        {v.version}
                        {v.isActive ? (
                          <Badge
                            component="span"
                            color="green"
                            variant="light"
                            styles={{ label: { overflow: 'visible' } }}
                          >
                            In force
                          </Badge>
                        ) : null}
                      </Group>
                    </Table.Td>
                    <Table.Td>{v.note}</Table.Td>
                    <Table.Td>
                      {v.createdByLabel}, {formatDate(v.createdAt)}
                    </Table.Td>
                    <Table.Td>{v.determinationCount}</Table.Td>
                    <Table.Td>
                      <Button
                        size="xs"
                        variant={v.version === shownVersion ? 'filled' : 'default'}
                        aria-pressed={v.version === shownVersion}
                        onClick={() => show(v.version)}
                      >
                        Version {v.version}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        ) : null}
        {isEditing && active.data ? (
          <Paper withBorder p="lg" component="section" aria-labelledby="rules-editor">
            <Title id="rules-editor" order={2} size="h3" mb="xs">
              New version, based on version {shown.data?.version ?? active.data.version}
            </Title>
            <Text size="sm" mb="md">
              It will be published as version {active.data.version + 1} and be in force from then
              on.
            </Text>
            <RuleSetEditor
              base={(shown.data ?? active.data).definition}
              basedOnVersion={active.data.version}
              onReload={() => {
                void active.refetch();
                void versions.refetch();
              }}
              onDone={(published) => {
                setEditing(false);
                if (published !== null) show(published);
              }}
            />
          </Paper>
        ) : null}
        {shown.data ? (
          <Paper withBorder p="lg" component="section" aria-labelledby="rules-shown">
            <Title id="rules-shown" order={2} size="h3" mb="md">
              Version {shown.data.version}
              {shown.data.isActive ? ' (in force)' : ''}
            </Title>
            <RuleSetView def={shown.data.definition} />
          </Paper>
        ) : null}
      </Stack>
    </>
  );
}
