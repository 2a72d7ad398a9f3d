export { openReview } from './reviews.service';
export { getReview, listReviews, listMyReviews } from './review.read';
export { assignReviewer, unassignReviewer, listReviewerCandidates } from './assignments.service';
export { declareConflict, recordReview } from './workspace.service';
export { decideReview, addMonths, type DecideReviewInput } from './decisions.service';
export { getDecision } from './decision.read';
export { listConditions, markConditionMet, waiveCondition } from './conditions.service';
export { transitionSystem, transitionSystemIn, type TransitionRequest } from './lifecycle.service';
export {
  lifecycleTransitionTable,
  transitionRule,
  terminalStates,
  type TransitionRule,
  type GateName,
} from './lifecycle.rules';
export { getGovernanceState } from './governance-state.service';
export { effectiveTierOf as reviewTierOf, type EffectiveTier } from './review.tier';
