import { Badge, Group, List, Paper, Progress, Stack, Table, Text, Title } from '@mantine/core';
import {
  disciplineLabels,
  governanceArtefactLabels,
  type PathwayRules,
  reviewPathwayLabels,
  type RiskTier,
  riskTierLabels,
  type TierConsequences,
  type TierContribution,
  type TierRuleCheck,
} from '@vigil/contracts';
import { tierColors } from './intakeLabels';

export function TierBadge({ tier, size = 'md' }: { tier: RiskTier; size?: 'md' | 'lg' | 'xl' }) {
  return (
    <Badge component="span" color={tierColors[tier]} size={size} variant="light">
      {riskTierLabels[tier]}
    </Badge>
  );
}

/** Each dimension's points out of its maximum, as bars, with the rules its score set off. */
export function ContributionBars({
  contributions,
  caption,
  ruleNames = {},
}: {
  contributions: readonly TierContribution[];
  caption: string;
  /** How to name a rule by its id, e.g. "the Tier 1 (high risk) rule". */
  ruleNames?: Record<string, string>;
}) {
  return (
    <Table fz="sm" captionSide="top" verticalSpacing={4}>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Dimension</Table.Th>
          <Table.Th scope="col">Points</Table.Th>
          <Table.Th scope="col" w="40%">
            Contribution
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {contributions.map((c) => (
          <Table.Tr key={c.dimension}>
            <Table.Th scope="row" fw={400}>
              {c.label}
              {c.answer === 'unknown' ? (
                <Text span size="xs" c="dimmed">
                  {' '}
                  (not sure: counted as {c.scoreUsed})
                </Text>
              ) : null}
              {c.triggeredRules.length > 0 ? (
                <Text size="xs" c="dimmed">
                  Counts toward {c.triggeredRules.map((id) => ruleNames[id] ?? id).join(', ')}
                </Text>
              ) : null}
            </Table.Th>
            <Table.Td>
              {c.points} of {c.maxPoints}
              <Text span size="xs" c="dimmed">
                {' '}
                ({c.scoreUsed} × {c.weight})
              </Text>
            </Table.Td>
            <Table.Td>
              <Progress.Root size="lg" aria-hidden>
                <Progress.Section
                  value={c.maxPoints === 0 ? 0 : (c.points / c.maxPoints) * 100}
                  color={c.scoreUsed === 3 ? 'red' : c.scoreUsed === 2 ? 'orange' : 'blue'}
                />
              </Progress.Root>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** What a tier decides: the review pathway and who reviews, evidence, monitoring and re-review. */
export function ConsequencesList({
  consequences,
  pathwayRules,
}: {
  consequences: TierConsequences;
  pathwayRules: PathwayRules;
}) {
  const reviewers = pathwayRules.requiredDisciplines.map((d) => disciplineLabels[d]).join(', ');
  return (
    <List size="sm" spacing={4}>
      <List.Item>
        Review: <strong>{reviewPathwayLabels[consequences.pathway]}</strong>
        {reviewers ? ` by ${reviewers}` : ''}
        {pathwayRules.quorum > 0 ? `, quorum ${pathwayRules.quorum}` : ''}
        {pathwayRules.decidedAtMeeting ? ', decided at a committee meeting' : ''}
      </List.Item>
      <List.Item>
        Before go-live:{' '}
        {consequences.requiredArtefacts.map((a) => governanceArtefactLabels[a]).join('; ') ||
          'nothing beyond registration'}
      </List.Item>
      <List.Item>Monitoring every {consequences.monitoringCadenceDays} days</List.Item>
      <List.Item>Re-review every {consequences.reReviewMonths} months</List.Item>
    </List>
  );
}

/** The computed tier, why, and what it decides. */
export function TierResultCard(props: {
  title: string;
  tier: RiskTier;
  ruleSetVersion: number;
  matchedRuleLabel: string;
  weightedScore: number;
  maxWeightedScore: number;
  contributions: readonly TierContribution[];
  consequences: TierConsequences;
  pathwayRules: PathwayRules;
  rules?: readonly TierRuleCheck[];
  isUpdating?: boolean;
}) {
  const ruleNames = Object.fromEntries(
    (props.rules ?? []).map((r) => [
      r.ruleId,
      `the ${riskTierLabels[r.tier].replace(/ \(.*\)$/, '')} rule`,
    ]),
  );
  return (
    <Paper
      withBorder
      p="lg"
      component="section"
      aria-labelledby="tier-result"
      aria-busy={props.isUpdating}
    >
      <Stack gap="sm">
        <Title id="tier-result" order={3} size="h4">
          {props.title}
        </Title>
        <Group gap="sm" aria-live="polite">
          <TierBadge tier={props.tier} size="lg" />
          <Text size="sm">
            Weighted score {props.weightedScore} of {props.maxWeightedScore}
          </Text>
        </Group>
        <Text size="sm">
          <strong>Why:</strong> {props.matchedRuleLabel} (rules version {props.ruleSetVersion})
        </Text>
        <ConsequencesList consequences={props.consequences} pathwayRules={props.pathwayRules} />
        <ContributionBars
          contributions={props.contributions}
          caption="How each dimension counted"
          ruleNames={ruleNames}
        />
      </Stack>
    </Paper>
  );
}
