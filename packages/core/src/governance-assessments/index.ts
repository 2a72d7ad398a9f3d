export {
  listFrameworks,
  getFramework,
  listAssessments,
  createAssessment,
  getAssessment,
  updateAssessment,
} from './governance-assessments.service';
export { answerItem } from './governance-assessments.answers';
export {
  addEvidence,
  removeEvidence,
  getEvidenceFile,
  listEvidenceRecordOptions,
  type EvidenceFile,
} from './governance-assessments.evidence';
export { getCrosswalk, applyCrosswalk } from './governance-assessments.crosswalk';
export {
  getGapReport,
  exportAssessmentCsv,
  getSystemAssessments,
} from './governance-assessments.reports';
