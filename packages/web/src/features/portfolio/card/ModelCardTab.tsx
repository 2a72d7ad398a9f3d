import { Alert, Button, Divider, EmptyState, Group, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconFileOff, IconInfoCircle } from '@tabler/icons-react';
import type { AiSystemDto } from '@vigil/contracts';
import { modelCardXmlUrl, useModelCard } from '../../../api/usePortfolioCards';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { PageLoader } from '../../../components/PageLoader';
import { formatDateTime } from '../../../lib/format';
import { CardImportInput } from './CardImportInput';
import { CardSections } from './CardSections';
import { CardVersions } from './CardVersions';
import { CompletenessChecklist } from './CompletenessChecklist';
import { CompletenessSummary } from './CompletenessSummary';
import { MetricsTable } from './MetricsTable';

export function ModelCardTab({ system, canWrite }: { system: AiSystemDto; canWrite: boolean }) {
  const card = useModelCard(system.id);
  if (card.isPending) return <PageLoader />;
  if (card.isError)
    return <ErrorAlert error={card.error} title="The model card could not be loaded" />;
  if (card.data === null) {
    return (
      <EmptyState align="left" icon={<IconFileOff size={28} aria-hidden />} withIndicatorBackground>
        <EmptyState.Title order={2}>No model card yet</EmptyState.Title>
        <EmptyState.Description>
          Ask the developer for a CHAI Applied Model Card and import it here; Vigil then checks it
          against the CHAI fields and the HTI-1 source attributes.
        </EmptyState.Description>
        {canWrite ? (
          <EmptyState.Actions>
            <CardImportInput systemId={system.id} />
          </EmptyState.Actions>
        ) : null}
      </EmptyState>
    );
  }
  const data = card.data;
  return (
    <Stack gap="xl">
      <Group justify="space-between" align="flex-start" wrap="wrap">
        <div>
          <Title order={2} size="h4">
            {data.card.basicInfo.modelName || system.name}
          </Title>
          <Text size="sm" c="dimmed">
            Card version {data.cardVersion},{' '}
            {data.source === 'chai_xml_import' ? 'imported' : 'saved'}{' '}
            {formatDateTime(data.createdAt)} by {data.createdByLabel}
          </Text>
        </div>
        <Button
          component="a"
          href={modelCardXmlUrl(system.id)}
          download
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
        >
          Download XML
        </Button>
      </Group>
      <section aria-label="Transparency completeness">
        <CompletenessSummary completeness={data.completeness} />
        {data.dsiTypeAssumed ? (
          <Alert color="blue" icon={<IconInfoCircle aria-hidden />} mt="md">
            This system’s HTI-1 DSI type is not recorded as evidence-based or predictive, so the
            card is checked against the 31 predictive attributes.
          </Alert>
        ) : null}
      </section>
      <CompletenessChecklist completeness={data.completeness} />
      <Divider />
      <section aria-label="Model card contents">
        <Title order={3} size="h5" mb="sm">
          Contents
        </Title>
        <CardSections card={data.card} />
      </section>
      <section aria-label="Key metrics">
        <Title order={3} size="h5" mb="sm">
          Key metrics
        </Title>
        <MetricsTable card={data.card} />
      </section>
      <Divider />
      <CardVersions systemId={system.id} />
      {canWrite ? (
        <CardImportInput systemId={system.id} label="Import a new card version (CHAI XML)" />
      ) : null}
    </Stack>
  );
}
