import {
  type DecisionOutcome,
  type Discipline,
  type PathwayRules,
  type ReviewReadiness,
  type VoteDto,
  type VotesTally,
  decisionOutcomes,
} from '@vigil/contracts';

/** A reviewer's seat as the vote sees it. */
export interface Seat {
  reviewerId: string;
  name: string;
  discipline: Discipline;
  conflictDeclared: boolean;
  submitted: boolean;
  recommendation: DecisionOutcome | null;
}

/**
 * The vote of a review: submitted, unconflicted recommendations count; a conflicted reviewer is
 * excluded whatever they recorded, and so is one who has not submitted.
 */
export function tallyVotes(seats: readonly Seat[], rules: PathwayRules): VotesTally {
  const eligible: VoteDto[] = [];
  const excluded: VoteDto[] = [];
  for (const s of seats) {
    const vote = {
      reviewerId: s.reviewerId,
      name: s.name,
      discipline: s.discipline,
      recommendation: s.recommendation,
    };
    if (s.conflictDeclared) excluded.push({ ...vote, excludedBecause: 'conflict' });
    else if (!s.submitted || s.recommendation === null)
      excluded.push({ ...vote, excludedBecause: 'not_submitted' });
    else eligible.push({ ...vote, excludedBecause: null });
  }
  const byOutcome = Object.fromEntries(
    decisionOutcomes.map((o) => [o, eligible.filter((v) => v.recommendation === o).length]),
  ) as Record<DecisionOutcome, number>;
  return {
    byOutcome,
    eligible,
    excluded,
    quorum: rules.quorum,
    requiredDisciplines: [...rules.requiredDisciplines],
  };
}

/** Whether a tally lets the review be decided: quorum reached and every required discipline heard. */
export function readinessOf(tally: VotesTally, rules: PathwayRules): ReviewReadiness {
  const covered = new Set(tally.eligible.map((v) => v.discipline));
  const missingDisciplines = rules.requiredDisciplines.filter((d) => !covered.has(d));
  const quorumMet = tally.eligible.length >= rules.quorum;
  return {
    quorum: rules.quorum,
    eligibleRecommendations: tally.eligible.length,
    quorumMet,
    requiredDisciplines: [...rules.requiredDisciplines],
    missingDisciplines,
    decidedAtMeeting: rules.decidedAtMeeting,
    ready: quorumMet && missingDisciplines.length === 0,
  };
}
