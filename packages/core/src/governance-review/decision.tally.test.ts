import type { PathwayRules } from '@vigil/contracts';
import { describe, expect, it } from 'vitest';
import { addMonths } from './decisions.service';
import { type Seat, readinessOf, tallyVotes } from './decision.tally';

const rules: PathwayRules = {
  requiredDisciplines: ['clinical', 'it_security'],
  quorum: 2,
  decidedAtMeeting: false,
  targetDays: 21,
};
const seat = (over: Partial<Seat>): Seat => ({
  reviewerId: '00000000-0000-4000-8000-000000000001',
  name: 'A',
  discipline: 'clinical',
  conflictDeclared: false,
  submitted: true,
  recommendation: 'approved',
  ...over,
});

describe('the vote of a review', () => {
  it('counts submitted, unconflicted recommendations per outcome', () => {
    const tally = tallyVotes(
      [seat({}), seat({ discipline: 'it_security', recommendation: 'approved_with_conditions' })],
      rules,
    );
    expect(tally.byOutcome).toMatchObject({
      approved: 1,
      approved_with_conditions: 1,
      declined: 0,
    });
    expect(readinessOf(tally, rules)).toMatchObject({
      quorumMet: true,
      missingDisciplines: [],
      ready: true,
    });
  });

  it('excludes a conflicted reviewer even with a recommendation, and one who has not submitted', () => {
    const tally = tallyVotes(
      [seat({ conflictDeclared: true }), seat({ discipline: 'it_security', submitted: false })],
      rules,
    );
    expect(tally.eligible).toEqual([]);
    expect(tally.excluded.map((v) => v.excludedBecause)).toEqual(['conflict', 'not_submitted']);
    expect(readinessOf(tally, rules)).toMatchObject({
      eligibleRecommendations: 0,
      quorumMet: false,
      missingDisciplines: ['clinical', 'it_security'],
      ready: false,
    });
  });
});

describe('re-review dates', () => {
  it.each([
    ['2026-03-02T09:00:00Z', 12, '2027-03-02'],
    ['2026-01-31T09:00:00Z', 1, '2026-02-28'],
    ['2024-02-29T09:00:00Z', 12, '2025-02-28'],
    ['2026-08-31T23:00:00Z', 6, '2027-02-28'],
  ])('adds months to %s: +%i is %s', (at, months, expected) => {
    expect(addMonths(new Date(at), months)).toBe(expected);
  });
});
