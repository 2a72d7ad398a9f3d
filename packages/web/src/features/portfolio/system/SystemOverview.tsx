import { Anchor, Badge, DataList, Group, SimpleGrid, Text, Title } from '@mantine/core';
import {
  aiSystemCategoryLabels,
  aiSystemKindLabels,
  aiSystemSourceLabels,
  deploymentModeLabels,
  dsiTypeLabels,
  euAiActRiskLabels,
  fdaStatusLabels,
  type AiSystemDto,
} from '@vigil/contracts';
import type { ReactNode } from 'react';
import { formatDateTime } from '../../../lib/format';

function Item({ label, children }: { label: string; children: ReactNode }) {
  const isEmpty = children === null || children === undefined || children === '';
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue style={{ whiteSpace: 'pre-wrap' }}>
        {isEmpty ? (
          <Text span size="sm" c="dimmed">
            Not recorded
          </Text>
        ) : (
          children
        )}
      </DataList.ItemValue>
    </DataList.Item>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      <DataList labelWidth={170}>{children}</DataList>
    </section>
  );
}

const list = (values: readonly string[]) => (values.length > 0 ? values.join(', ') : null);

export function SystemOverview({ system: s }: { system: AiSystemDto }) {
  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl">
      <Section title="What it is">
        <Item label="Developer">{s.developer}</Item>
        <Item label="Product">{[s.product, s.productVersion].filter(Boolean).join(' ')}</Item>
        <Item label="Source">{aiSystemSourceLabels[s.source]}</Item>
        <Item label="Kind">{aiSystemKindLabels[s.kind]}</Item>
        <Item label="Category">{aiSystemCategoryLabels[s.category]}</Item>
        <Item label="Tags">
          {s.tags.length > 0 ? (
            <Group gap={4}>
              {s.tags.map((tag) => (
                <Badge key={tag} variant="outline" color="gray" tt="none">
                  {tag}
                </Badge>
              ))}
            </Group>
          ) : null}
        </Item>
      </Section>
      <Section title="How it is used">
        <Item label="Intended use">{s.intendedUse}</Item>
        <Item label="Intended users">{s.intendedUsers}</Item>
        <Item label="Patient population">{s.patientPopulation}</Item>
        <Item label="Departments">{list(s.departments)}</Item>
        <Item label="Sites">{list(s.sites)}</Item>
        <Item label="Deployment">{s.deployment ? deploymentModeLabels[s.deployment] : null}</Item>
        <Item label="EHR integration">{s.ehrIntegration}</Item>
      </Section>
      <Section title="Regulatory status">
        <Item label="HTI-1 DSI type">{dsiTypeLabels[s.dsiType]}</Item>
        <Item label="FDA status">{fdaStatusLabels[s.fdaStatus]}</Item>
        <Item label="FDA number">{s.fdaClearanceNumber}</Item>
        <Item label="IMDRF category">{s.imdrfCategory}</Item>
        <Item label="EU AI Act risk">{euAiActRiskLabels[s.euAiActRisk]}</Item>
      </Section>
      <Section title="People and links">
        <Item label="Clinical owner">{s.clinicalOwnerName}</Item>
        <Item label="Technical owner">{s.technicalOwnerName}</Item>
        <Item label="Executive sponsor">{s.executiveSponsorName}</Item>
        <Item label="Links">
          {s.links.length > 0 ? (
            <Group
              gap="xs"
              display="flex"
              style={{ flexDirection: 'column', alignItems: 'flex-start' }}
            >
              {s.links.map((link) => (
                <Anchor key={link.url} href={link.url} target="_blank" rel="noreferrer noopener">
                  {link.label}
                </Anchor>
              ))}
            </Group>
          ) : null}
        </Item>
        <Item label="Registered">{formatDateTime(s.createdAt)}</Item>
        <Item label="Last changed">{formatDateTime(s.updatedAt)}</Item>
      </Section>
    </SimpleGrid>
  );
}
