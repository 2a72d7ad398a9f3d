import {
  type ConditionInput,
  type DecisionOutcome,
  type ReviewPathway,
  type RiskTier,
  type VotesTally,
  decisionOutcomeLabels,
  decisionOutcomes,
  disciplineLabels,
  lifecycleStateLabels,
  reviewPathwayLabels,
  riskTierLabels,
} from '@vigil/contracts';

/** What a decision letter says; everything is fixed at decision time. */
export interface LetterContent {
  systemName: string;
  round: number;
  reason: string;
  tier: RiskTier;
  pathway: ReviewPathway;
  ruleSetVersion: number;
  outcome: DecisionOutcome;
  rationale: string;
  conditions: readonly (Required<ConditionInput> & { ownerName: string })[];
  votes: VotesTally;
  decidedBy: string;
  decidedOn: string;
  meeting: { title: string; startsAt: string } | null;
  nextReviewDue: string | null;
}

/** The decision letter as Markdown: plain enough to read as text, print or mail. */
export function decisionLetter(c: LetterContent): string {
  const lines = [
    `# Decision letter: ${c.systemName}`,
    '',
    `- **Decision:** ${decisionOutcomeLabels[c.outcome]}`,
    `- **Date:** ${c.decidedOn}`,
    `- **AI system:** ${c.systemName}`,
    `- **Review round:** ${c.round} (${c.reason})`,
    `- **Risk tier:** ${riskTierLabels[c.tier]} (tiering rules version ${c.ruleSetVersion})`,
    `- **Pathway:** ${reviewPathwayLabels[c.pathway]}`,
    `- **Decided by:** ${c.decidedBy}${c.meeting ? ` at ${c.meeting.title} (${c.meeting.startsAt.slice(0, 10)})` : ''}`,
    '',
    '## Rationale',
    '',
    c.rationale,
    '',
    '## Conditions',
    '',
    ...(c.conditions.length === 0
      ? ['None.']
      : c.conditions.map(
          (k, i) =>
            `${i + 1}. ${k.description} — owner: ${k.ownerName}; due ${k.dueDate}; must be met before the system is ${lifecycleStateLabels[k.gatesState].toLowerCase()}.`,
        )),
    '',
    '## Reviewers',
    '',
    ...(c.votes.eligible.length + c.votes.excluded.length === 0
      ? ['No reviewers were assigned.']
      : [...c.votes.eligible, ...c.votes.excluded].map(
          (v) =>
            `- ${v.name} (${disciplineLabels[v.discipline]}): ${
              v.excludedBecause === 'conflict'
                ? 'recused (conflict of interest)'
                : v.recommendation === null || v.excludedBecause === 'not_submitted'
                  ? 'no recommendation submitted'
                  : `recommended ${decisionOutcomeLabels[v.recommendation].toLowerCase()}`
            }`,
        )),
    '',
    '## Conflicts of interest',
    '',
    ...(c.votes.excluded.some((v) => v.excludedBecause === 'conflict')
      ? c.votes.excluded
          .filter((v) => v.excludedBecause === 'conflict')
          .map(
            (v) =>
              `- ${v.name} (${disciplineLabels[v.discipline]}) declared a conflict of interest and was recused from the vote.`,
          )
      : ['None declared.']),
    '',
    '## Votes',
    '',
    `${c.votes.eligible.length} eligible recommendation${c.votes.eligible.length === 1 ? '' : 's'} (quorum ${c.votes.quorum}):`,
    ...decisionOutcomes
      .filter((o) => c.votes.byOutcome[o] > 0)
      .map((o) => `- ${decisionOutcomeLabels[o]}: ${c.votes.byOutcome[o]}`),
    '',
    '## Next review',
    '',
    c.nextReviewDue === null
      ? 'No re-review date is set by this decision.'
      : `A re-review is due by ${c.nextReviewDue}.`,
    '',
  ];
  return lines.join('\n');
}
