export {
  listFrameworks,
  getFramework,
  listAssessments,
  createAssessment,
  getAssessment,
  updateAssessment,
  answerItem,
} from './governance-assessments.service';
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
