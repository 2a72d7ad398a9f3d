import { Group, Table, Text, Title } from '@mantine/core';
import {
  dsiTypeLabels,
  fdaStatusLabels,
  lifecycleStateLabels,
  type AiSystemDto,
  type ModelCardDto,
} from '@vigil/contracts';
import type { ReactNode } from 'react';
import { formatDate } from '../../../lib/format';
import classes from './NutritionLabel.module.css';
import { labelFacts } from './labelFacts';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text span fw={700} size="sm">
        {label}:{' '}
      </Text>
      <Text span size="sm" className={classes.text}>
        {children}
      </Text>
    </div>
  );
}

function Rule({ thin = false }: { thin?: boolean }) {
  return <hr className={thin ? classes.thinRule : classes.rule} />;
}

export function NutritionLabel({
  system,
  card,
}: {
  system: AiSystemDto;
  card: ModelCardDto | null;
}) {
  const facts = labelFacts(system, card);
  const completeness = card?.completeness;
  const missing = completeness?.items.filter((item) => item.status === 'missing').length ?? 0;
  return (
    <article className={classes.label} aria-labelledby="label-title">
      <Title id="label-title" order={1} size="h2" lh={1.1}>
        Model facts: {system.name}
      </Title>
      <Text size="sm">
        {system.developer}
        {system.product ? ` · ${system.product}` : ''}
        {system.productVersion ? ` ${system.productVersion}` : ''}
      </Text>
      <Rule />
      <Group gap="lg" wrap="wrap">
        <Fact label="State">{lifecycleStateLabels[system.lifecycleState]}</Fact>
        <Fact label="FDA">
          {fdaStatusLabels[system.fdaStatus]}
          {system.fdaClearanceNumber ? ` (${system.fdaClearanceNumber})` : ''}
        </Fact>
        <Fact label="HTI-1">{dsiTypeLabels[system.dsiType]}</Fact>
      </Group>
      <Rule thin />
      <Fact label="Intended use">{facts.intendedUse}</Fact>
      <Fact label="Intended users">{facts.users}</Fact>
      <Fact label="Patient population">{facts.population}</Fact>
      <Fact label="Out of scope">{facts.outOfScope}</Fact>
      <Rule />
      <Title order={2} size="h5">
        Warnings
      </Title>
      <Fact label="Known risks and limitations">{facts.risks}</Fact>
      <Fact label="Known biases">{facts.biases}</Fact>
      <Fact label="Clinical risk level">{facts.clinicalRisk}</Fact>
      <Rule />
      <Title order={2} size="h5">
        Key metrics
      </Title>
      {facts.metrics.length === 0 ? (
        <Text size="sm">No metrics reported (no model card).</Text>
      ) : (
        <Table verticalSpacing={2} horizontalSpacing="xs" fz="sm" aria-label="Key metrics">
          <Table.Tbody>
            {facts.metrics.map((metric, index) => (
              <Table.Tr key={`${metric.label}-${index}`}>
                <Table.Th scope="row" fw={500}>
                  {metric.label}
                </Table.Th>
                <Table.Td>{metric.value}</Table.Td>
                <Table.Td c="dimmed">{metric.group}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <Rule />
      <Title order={2} size="h5">
        Transparency
      </Title>
      {completeness ? (
        <Text size="sm">
          <strong>{Math.round(completeness.overall.percent)}% complete</strong>: CHAI fields{' '}
          {completeness.chai.present}/{completeness.chai.total}, HTI-1 attributes{' '}
          {completeness.hti1.present}/{completeness.hti1.total}; {missing} item
          {missing === 1 ? '' : 's'} missing.
        </Text>
      ) : (
        <Text size="sm">No model card on record.</Text>
      )}
      <Rule thin />
      <Text size="xs">
        {card ? `Card version ${card.cardVersion} of ${formatDate(card.createdAt)}. ` : ''}Record
        version {system.version}. Printed {formatDate(new Date().toISOString())} from Vigil.
      </Text>
    </article>
  );
}
