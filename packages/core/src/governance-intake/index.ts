export {
  submitIntake,
  getIntake,
  listMyIntakes,
  listIntakes,
  getIntakeFacets,
} from './governance-intake.service';
export { addIntakeDocument, getIntakeDocumentFile } from './governance-intake.documents';
export { askIntakeQuestion, answerIntakeQuestion, closeIntake } from './governance-intake.triage';
export { acceptIntake } from './governance-intake.accept';
export {
  type RuleSet,
  activeRuleSet,
  ruleSetAt,
  tierConsequences,
  getActiveRuleSet,
  listRuleSetVersions,
  getRuleSetVersion,
  publishRuleSet,
} from './rule-sets.service';
export {
  type TierInForce,
  effectiveTierOf,
  previewTiering,
  tierSystem,
  listDeterminations,
  getTieringPrefill,
} from './tiering.service';
export { type TierComputation, computeTier, normaliseAnswers, scoreUsed } from './tiering';
