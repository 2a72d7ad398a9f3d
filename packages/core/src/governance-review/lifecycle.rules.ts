import {
  type DecisionOutcome,
  type GateDto,
  type GovernanceArtefact,
  type LifecycleState,
  governanceArtefactLabels,
  lifecycleStateLabels,
} from '@vigil/contracts';

// The lifecycle state machine as ONE table: every legal (from, to) move and the gates it needs.
// Anything not in the table is illegal. Gates are evaluated over facts read in the transaction.

export type GateName =
  | 'open_review'
  | 'decision_pilot'
  | 'decision_declined'
  | 'decision_approved'
  | 'decision_after_suspension'
  | 'conditions_deployed'
  | 'conditions_monitored'
  | 'tier'
  | 'artefacts'
  | 'technical_owner';

/** How a move is made: directly, or only as part of opening a review or recording a decision. */
export type TransitionVia = 'transition' | 'open_review' | 'decision';

export interface TransitionRule {
  from: readonly LifecycleState[];
  to: LifecycleState;
  via: TransitionVia;
  gates: readonly GateName[];
}

const inUse = ['approved_for_pilot', 'deployed', 'monitored'] as const;

/** Every legal lifecycle move. Retired and declined are terminal: no row leaves them. */
export const lifecycleTransitionTable: readonly TransitionRule[] = [
  {
    from: ['proposed', ...inUse, 'suspended'],
    to: 'in_review',
    via: 'open_review',
    gates: ['open_review'],
  },
  { from: ['in_review'], to: 'approved_for_pilot', via: 'decision', gates: ['decision_pilot'] },
  { from: ['in_review'], to: 'declined', via: 'decision', gates: ['decision_declined'] },
  {
    from: ['in_review'],
    to: 'deployed',
    via: 'transition',
    gates: ['decision_approved', 'conditions_deployed', 'tier', 'artefacts'],
  },
  {
    from: ['approved_for_pilot'],
    to: 'deployed',
    via: 'transition',
    gates: ['conditions_deployed', 'tier', 'artefacts'],
  },
  {
    from: ['deployed'],
    to: 'monitored',
    via: 'transition',
    gates: ['technical_owner', 'conditions_monitored'],
  },
  { from: inUse, to: 'suspended', via: 'transition', gates: [] },
  { from: ['suspended'], to: 'deployed', via: 'transition', gates: ['decision_after_suspension'] },
  { from: ['suspended'], to: 'monitored', via: 'transition', gates: ['decision_after_suspension'] },
  {
    from: ['proposed', 'in_review', ...inUse, 'suspended'],
    to: 'retired',
    via: 'transition',
    gates: [],
  },
];

export const terminalStates: readonly LifecycleState[] = ['retired', 'declined'];

/** The rule for a move, or undefined when the move is illegal. */
export function transitionRule(
  from: LifecycleState,
  to: LifecycleState,
): TransitionRule | undefined {
  return lifecycleTransitionTable.find((r) => r.to === to && r.from.includes(from));
}

/** The rules that leave a state, in table order. */
export function rulesFrom(from: LifecycleState): TransitionRule[] {
  return lifecycleTransitionTable.filter((r) => r.from.includes(from));
}

/** What the gates look at, read from the database inside the transition's transaction. */
export interface GateFacts {
  hasOpenReview: boolean;
  latestRoundOutcome: DecisionOutcome | null;
  openConditions: { deployed: number; monitored: number };
  hasTier: boolean;
  requiredArtefacts: readonly GovernanceArtefact[];
  presentArtefacts: ReadonlySet<GovernanceArtefact>;
  hasTechnicalOwner: boolean;
  suspendedAt: string | null;
  approvalsSinceSuspension: number;
}

const outcomeGate = (name: string, label: string, met: boolean, outcome: string | null) => ({
  name,
  label,
  met,
  detail: met
    ? null
    : outcome === null
      ? 'the latest review round has no decision yet'
      : `the latest decision is ${outcome.replaceAll('_', ' ')}`,
});

const conditionsGate = (state: 'deployed' | 'monitored', open: number): GateDto => ({
  name: `conditions.${state}`,
  label: `Conditions gating ${lifecycleStateLabels[state].toLowerCase()} met or waived`,
  met: open === 0,
  detail: open === 0 ? null : `${open} open condition${open === 1 ? '' : 's'}`,
});

/** One gate's results; the artefacts gate gives one result per required artefact. */
export function evaluateGate(gate: GateName, f: GateFacts): GateDto[] {
  switch (gate) {
    case 'open_review':
      return [
        {
          name: 'open_review',
          label: 'A review round is open',
          met: f.hasOpenReview,
          detail: f.hasOpenReview ? null : 'open a review round to move the system into review',
        },
      ];
    case 'decision_pilot':
      return [
        outcomeGate(
          'decision',
          'Latest decision approves a pilot',
          f.latestRoundOutcome === 'approved_for_pilot',
          f.latestRoundOutcome,
        ),
      ];
    case 'decision_declined':
      return [
        outcomeGate(
          'decision',
          'Latest decision declines',
          f.latestRoundOutcome === 'declined',
          f.latestRoundOutcome,
        ),
      ];
    case 'decision_approved':
      return [
        outcomeGate(
          'decision',
          'Latest decision approves (with or without conditions)',
          f.latestRoundOutcome === 'approved' ||
            f.latestRoundOutcome === 'approved_with_conditions',
          f.latestRoundOutcome,
        ),
      ];
    case 'decision_after_suspension':
      return [
        {
          name: 'decision_after_suspension',
          label: 'A decision approving the system after its suspension',
          met: f.approvalsSinceSuspension > 0,
          detail: f.approvalsSinceSuspension > 0 ? null : 'no approval since the suspension',
        },
      ];
    case 'conditions_deployed':
      return [conditionsGate('deployed', f.openConditions.deployed)];
    case 'conditions_monitored':
      return [conditionsGate('monitored', f.openConditions.monitored)];
    case 'tier':
      return [
        {
          name: 'tier',
          label: 'Risk tier determined',
          met: f.hasTier,
          detail: f.hasTier ? null : 'the system has no tier determination',
        },
      ];
    case 'artefacts':
      return f.requiredArtefacts.map((a) => ({
        name: `artefacts.${a}`,
        label: governanceArtefactLabels[a],
        met: f.presentArtefacts.has(a),
        detail: f.presentArtefacts.has(a) ? null : 'required by the tier and missing',
      }));
    case 'technical_owner':
      return [
        {
          name: 'technical_owner',
          label: 'Technical owner named',
          met: f.hasTechnicalOwner,
          detail: f.hasTechnicalOwner ? null : 'name a technical owner on the system record',
        },
      ];
  }
}

export function evaluateRule(rule: TransitionRule, facts: GateFacts): GateDto[] {
  return rule.gates.flatMap((g) => evaluateGate(g, facts));
}
