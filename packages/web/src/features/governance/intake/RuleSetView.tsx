import { List, Stack, Table, Text, Title } from '@mantine/core';
import {
  disciplineLabels,
  governanceArtefactLabels,
  reviewPathwayLabels,
  reviewPathways,
  riskTierLabels,
  riskTiers,
  type TierCondition,
  type TierRuleSetDefinition,
  tierFactLabels,
} from '@vigil/contracts';
import { TableScroll } from '../../../components/TableScroll';

/** A rule's test in words. */
export function conditionText(def: TierRuleSetDefinition, c: TierCondition): string {
  if ('allOf' in c) return c.allOf.map((inner) => conditionText(def, inner)).join(' and ');
  if ('dimension' in c) {
    const label = def.dimensions.find((d) => d.key === c.dimension)?.label ?? c.dimension;
    return 'atLeast' in c ? `${label} is at least ${c.atLeast}` : `${label} is ${c.equals}`;
  }
  if ('fact' in c) return tierFactLabels[c.fact];
  if ('imdrfCategoryIn' in c) return `IMDRF category ${c.imdrfCategoryIn.join(' or ')}`;
  return `weighted score of ${c.weightedScoreAtLeast} or more`;
}

/** One version of the tiering rules, read-only: dimensions, rules in order, and what tiers decide. */
export function RuleSetView({ def }: { def: TierRuleSetDefinition }) {
  const maxScore = def.dimensions.reduce((sum, d) => sum + d.weight * 3, 0);
  return (
    <Stack gap="lg">
      <section aria-labelledby="rules-dimensions">
        <Title id="rules-dimensions" order={3} size="h4" mb="xs">
          Dimensions
        </Title>
        <Text size="sm" mb="xs">
          Each scored 0 to 3; a score counts its weight times; the most a system can score is{' '}
          {maxScore}.
        </Text>
        <TableScroll minWidth={900} label="Dimensions">
          <Table fz="sm" striped captionSide="top">
            <Table.Caption>Dimensions, weights and what each level means</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Dimension</Table.Th>
                <Table.Th scope="col">Weight</Table.Th>
                {[0, 1, 2, 3].map((level) => (
                  <Table.Th key={level} scope="col">
                    {level}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {def.dimensions.map((d) => (
                <Table.Tr key={d.key}>
                  <Table.Th scope="row" fw={400}>
                    {d.label}
                  </Table.Th>
                  <Table.Td>{d.weight}</Table.Td>
                  {d.levels.map((text, level) => (
                    <Table.Td key={level}>{text}</Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </section>
      <section aria-labelledby="rules-rules">
        <Title id="rules-rules" order={3} size="h4" mb="xs">
          Rules, first match wins
        </Title>
        <List type="ordered" size="sm" spacing="xs">
          {def.rules.map((rule) => (
            <List.Item key={rule.id}>
              <strong>{riskTierLabels[rule.tier]}</strong> ({rule.id}) when any of:{' '}
              {rule.anyOf.map((c) => conditionText(def, c)).join('; ')}
            </List.Item>
          ))}
          <List.Item>
            Otherwise <strong>{riskTierLabels[def.defaultTier]}</strong>
          </List.Item>
        </List>
      </section>
      <section aria-labelledby="rules-tiers">
        <Title id="rules-tiers" order={3} size="h4" mb="xs">
          What each tier decides
        </Title>
        <TableScroll minWidth={760} label="What each tier decides">
          <Table fz="sm" striped captionSide="top">
            <Table.Caption>
              Pathway, evidence before go-live, monitoring and re-review
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Tier</Table.Th>
                <Table.Th scope="col">Review pathway</Table.Th>
                <Table.Th scope="col">Required before go-live</Table.Th>
                <Table.Th scope="col">Monitoring</Table.Th>
                <Table.Th scope="col">Re-review</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {riskTiers.map((tier) => {
                const t = def.tiers[tier];
                return (
                  <Table.Tr key={tier}>
                    <Table.Th scope="row" fw={400}>
                      {riskTierLabels[tier]}
                    </Table.Th>
                    <Table.Td>{reviewPathwayLabels[t.pathway]}</Table.Td>
                    <Table.Td>
                      {t.requiredArtefacts.map((a) => governanceArtefactLabels[a]).join('; ')}
                    </Table.Td>
                    <Table.Td>every {t.monitoringCadenceDays} days</Table.Td>
                    <Table.Td>every {t.reReviewMonths} months</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </section>
      <section aria-labelledby="rules-pathways">
        <Title id="rules-pathways" order={3} size="h4" mb="xs">
          Pathways
        </Title>
        <TableScroll minWidth={760} label="Pathways">
          <Table fz="sm" striped captionSide="top">
            <Table.Caption>Who reviews on each pathway and how it is decided</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Pathway</Table.Th>
                <Table.Th scope="col">Required reviewers</Table.Th>
                <Table.Th scope="col">Quorum</Table.Th>
                <Table.Th scope="col">Decided at a meeting</Table.Th>
                <Table.Th scope="col">Target</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {reviewPathways.map((p) => {
                const rules = def.pathways[p];
                return (
                  <Table.Tr key={p}>
                    <Table.Th scope="row" fw={400}>
                      {reviewPathwayLabels[p]}
                    </Table.Th>
                    <Table.Td>
                      {rules.requiredDisciplines.map((d) => disciplineLabels[d]).join(', ') || '—'}
                    </Table.Td>
                    <Table.Td>{rules.quorum}</Table.Td>
                    <Table.Td>{rules.decidedAtMeeting ? 'Yes' : 'No'}</Table.Td>
                    <Table.Td>{rules.targetDays} days</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </section>
    </Stack>
  );
}
