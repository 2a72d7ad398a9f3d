import { ActionIcon, Anchor, Badge, Group, Stack, Text, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabase, IconFile, IconLink, IconTrash } from '@tabler/icons-react';
import { type EvidenceDto, evidenceRecordTypeLabels } from '@vigil/contracts';
import { Link } from 'react-router';
import { evidenceFileUrl, useRemoveEvidence } from '../../../api/useGovernanceAssessments';
import { formatDate } from '../../../lib/format';
import { formatBytes, recordPath } from './assessmentText';

interface EvidenceListProps {
  assessmentId: string;
  itemKey: string;
  evidence: readonly EvidenceDto[];
  canWrite: boolean;
}

const kindIcons = { link: IconLink, file: IconFile, record: IconDatabase } as const;

/** The evidence an item cites: links open in a new tab, files download, records open in Vigil. */
export function EvidenceList({ assessmentId, itemKey, evidence, canWrite }: EvidenceListProps) {
  const remove = useRemoveEvidence(assessmentId, itemKey);
  if (evidence.length === 0)
    return (
      <Text size="sm" c="dimmed">
        No evidence yet.
      </Text>
    );
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {evidence.map((e) => {
        const Icon = kindIcons[e.kind];
        return (
          <Group key={e.id} component="li" justify="space-between" wrap="nowrap" align="flex-start">
            <Group gap="xs" wrap="nowrap" align="flex-start" style={{ minWidth: 0 }}>
              <Icon size={18} aria-hidden style={{ flex: 'none', marginTop: 2 }} />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <EvidenceTitle assessmentId={assessmentId} evidence={e} />
                <Text size="xs" c="dimmed">
                  {describe(e)} · added by {e.addedByLabel}, {formatDate(e.addedAt)}
                </Text>
                {e.note ? (
                  <Text size="xs" mt={2}>
                    {e.note}
                  </Text>
                ) : null}
              </Stack>
            </Group>
            <Group gap={6} wrap="nowrap">
              {e.linkCount > 1 ? (
                <Tooltip label="The same evidence supports other items too">
                  <Badge component="span" variant="light" color="indigo" size="sm">
                    {e.linkCount} items
                  </Badge>
                </Tooltip>
              ) : null}
              {canWrite ? (
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={`Remove evidence ${e.title}`}
                  loading={remove.isPending && remove.variables === e.id}
                  onClick={() =>
                    remove.mutate(e.id, {
                      onSuccess: () =>
                        notifications.show({ color: 'green', message: `“${e.title}” removed.` }),
                      onError: (error) =>
                        notifications.show({ color: 'red', message: error.message }),
                    })
                  }
                >
                  <IconTrash size={16} aria-hidden />
                </ActionIcon>
              ) : null}
            </Group>
          </Group>
        );
      })}
    </Stack>
  );
}

function EvidenceTitle({
  assessmentId,
  evidence: e,
}: {
  assessmentId: string;
  evidence: EvidenceDto;
}) {
  if (e.kind === 'link' && e.url)
    return (
      <Anchor href={e.url} target="_blank" rel="noopener noreferrer" size="sm" fw={600}>
        {e.title}
      </Anchor>
    );
  if (e.kind === 'file')
    return (
      <Anchor
        href={evidenceFileUrl(assessmentId, e.id)}
        download={e.filename ?? true}
        size="sm"
        fw={600}
      >
        {e.title}
      </Anchor>
    );
  const path = recordPath(e);
  return path ? (
    <Anchor component={Link} to={path} size="sm" fw={600}>
      {e.title}
    </Anchor>
  ) : (
    <Text size="sm" fw={600}>
      {e.title}
    </Text>
  );
}

function describe(e: EvidenceDto): string {
  if (e.kind === 'link') return e.url ? new URL(e.url).host : 'Link';
  if (e.kind === 'file')
    return `${e.filename ?? 'File'}${e.sizeBytes === null ? '' : `, ${formatBytes(e.sizeBytes)}`}`;
  return e.recordType ? evidenceRecordTypeLabels[e.recordType] : 'Vigil record';
}
