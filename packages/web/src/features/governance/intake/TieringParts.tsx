import { Alert, Checkbox, Fieldset, Group, Radio, Stack, Table, Text } from '@mantine/core';
import { riskTierLabels, type TierDeterminationDto, type TierDimension } from '@vigil/contracts';
import { TableScroll } from '../../../components/TableScroll';
import { formatDate } from '../../../lib/format';
import { TierBadge } from './TierResult';
import type { DimensionAnswer } from './tieringForm';

// The pieces of the tiering panel: the tier in force, the system's tierings, one dimension.

export function InForce({ determination: d }: { determination: TierDeterminationDto }) {
  return (
    <Alert color="gray" title="Tier in force">
      <Group gap="xs" mb={4}>
        <TierBadge tier={d.tier} />
        <Text size="sm">
          set by {d.determinedByLabel} on {formatDate(d.determinedAt)} under rules version{' '}
          {d.ruleSetVersion}
        </Text>
      </Group>
      {d.overrideTier ? (
        <Text size="sm">
          Overridden from {riskTierLabels[d.computedTier]}: {d.overrideJustification}
        </Text>
      ) : null}
    </Alert>
  );
}

export function History({ determinations }: { determinations: readonly TierDeterminationDto[] }) {
  return (
    <TableScroll minWidth={640} label="Tierings of this system">
      <Table fz="sm" striped captionSide="top">
        <Table.Caption>
          Tierings of this system, newest first; each keeps its rules version
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">By</Table.Th>
            <Table.Th scope="col">Rules version</Table.Th>
            <Table.Th scope="col">Computed</Table.Th>
            <Table.Th scope="col">In force</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {determinations.map((d) => (
            <Table.Tr key={d.id}>
              <Table.Td>{formatDate(d.determinedAt)}</Table.Td>
              <Table.Td>{d.determinedByLabel}</Table.Td>
              <Table.Td>{d.ruleSetVersion}</Table.Td>
              <Table.Td>{riskTierLabels[d.computedTier]}</Table.Td>
              <Table.Td>
                {riskTierLabels[d.tier]}
                {d.overrideTier ? ' (override)' : ''}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

export function DimensionField(props: {
  dimension: TierDimension;
  answer: DimensionAnswer;
  source: string | undefined;
  onChange: (answer: DimensionAnswer) => void;
}) {
  const { dimension: d, answer, source, onChange } = props;
  return (
    <Fieldset legend={d.label} variant="filled">
      <Radio.Group
        label={d.question}
        description={source ? `Suggested from ${source}` : undefined}
        value={answer.level === null ? null : String(answer.level)}
        onChange={(v) => onChange({ ...answer, level: Number(v) })}
      >
        <Stack gap={6} mt="xs">
          {d.levels.map((text, level) => (
            <Radio key={level} value={String(level)} label={`${level}: ${text}`} />
          ))}
        </Stack>
      </Radio.Group>
      <Checkbox
        mt="sm"
        label="Not sure: count it one level higher (the top level if none is picked)"
        checked={answer.unsure}
        onChange={(e) => onChange({ ...answer, unsure: e.currentTarget.checked })}
      />
    </Fieldset>
  );
}
