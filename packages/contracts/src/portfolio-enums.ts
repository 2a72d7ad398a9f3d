import { z } from 'zod';

// The closed vocabularies of the AI system registry, each with the label the web app shows.
// Regulatory keys follow docs/domain reference §1 (HTI-1), §5.6 (IMDRF), §5.7 (FDA) and §5.8 (EU AI Act).

export const aiSystemSources = ['vendor', 'in_house', 'open_source'] as const;
export const aiSystemSource = z.enum(aiSystemSources);
export type AiSystemSource = z.infer<typeof aiSystemSource>;
export const aiSystemSourceLabels: Record<AiSystemSource, string> = {
  vendor: 'Vendor',
  in_house: 'Built in house',
  open_source: 'Open source',
};

export const aiSystemKinds = [
  'predictive',
  'generative',
  'rules_based',
  'imaging',
  'agentic',
] as const;
export const aiSystemKind = z.enum(aiSystemKinds);
export type AiSystemKind = z.infer<typeof aiSystemKind>;
export const aiSystemKindLabels: Record<AiSystemKind, string> = {
  predictive: 'Predictive model',
  generative: 'Generative AI',
  rules_based: 'Rules-based',
  imaging: 'Imaging AI',
  agentic: 'Agentic AI',
};

export const aiSystemCategories = [
  'clinical_decision_support',
  'diagnosis',
  'documentation',
  'operational',
  'administrative',
  'patient_facing',
] as const;
export const aiSystemCategory = z.enum(aiSystemCategories);
export type AiSystemCategory = z.infer<typeof aiSystemCategory>;
export const aiSystemCategoryLabels: Record<AiSystemCategory, string> = {
  clinical_decision_support: 'Clinical decision support',
  diagnosis: 'Diagnosis',
  documentation: 'Documentation',
  operational: 'Operational',
  administrative: 'Administrative',
  patient_facing: 'Patient-facing',
};

export const deploymentModes = ['ehr_embedded', 'standalone', 'cloud_api'] as const;
export const deploymentMode = z.enum(deploymentModes);
export type DeploymentMode = z.infer<typeof deploymentMode>;
export const deploymentModeLabels: Record<DeploymentMode, string> = {
  ehr_embedded: 'Embedded in the EHR',
  standalone: 'Standalone application',
  cloud_api: 'Cloud API',
};

/** HTI-1 decision support intervention type (45 CFR 170.102, 170.315(b)(11)). */
export const dsiTypes = ['predictive', 'evidence_based', 'not_dsi', 'unknown'] as const;
export const dsiType = z.enum(dsiTypes);
export type DsiType = z.infer<typeof dsiType>;
export const dsiTypeLabels: Record<DsiType, string> = {
  predictive: 'Predictive DSI',
  evidence_based: 'Evidence-based DSI',
  not_dsi: 'Not a DSI',
  unknown: 'Not yet determined',
};

/** FDA regulatory status (enum `fda_status`). */
export const fdaStatuses = [
  'not_device',
  'non_device_cds',
  'enforcement_discretion',
  'class_i_exempt',
  'cleared_510k',
  'de_novo',
  'pma_approved',
  'breakthrough_designated',
  'investigational_ide',
  'unknown',
] as const;
export const fdaStatus = z.enum(fdaStatuses);
export type FdaStatus = z.infer<typeof fdaStatus>;
export const fdaStatusLabels: Record<FdaStatus, string> = {
  not_device: 'Not a device',
  non_device_cds: 'Non-device clinical decision support',
  enforcement_discretion: 'Enforcement discretion',
  class_i_exempt: 'Class I, exempt',
  cleared_510k: '510(k) cleared',
  de_novo: 'De Novo granted',
  pma_approved: 'PMA approved',
  breakthrough_designated: 'Breakthrough designated',
  investigational_ide: 'Investigational (IDE)',
  unknown: 'Not yet determined',
};
/** The statuses that carry a clearance, grant or approval number (K…, DEN…, P…). */
export const fdaStatusesWithNumber: readonly FdaStatus[] = [
  'cleared_510k',
  'de_novo',
  'pma_approved',
];

/** IMDRF SaMD risk category (N12): IV is the highest impact. */
export const imdrfCategories = ['I', 'II', 'III', 'IV'] as const;
export const imdrfCategory = z.enum(imdrfCategories);
export type ImdrfCategory = z.infer<typeof imdrfCategory>;

/** EU AI Act (Regulation (EU) 2024/1689) risk level. */
export const euAiActRisks = [
  'prohibited',
  'high',
  'limited',
  'minimal',
  'not_applicable',
  'unknown',
] as const;
export const euAiActRisk = z.enum(euAiActRisks);
export type EuAiActRisk = z.infer<typeof euAiActRisk>;
export const euAiActRiskLabels: Record<EuAiActRisk, string> = {
  prohibited: 'Prohibited practice',
  high: 'High risk',
  limited: 'Limited risk (transparency duties)',
  minimal: 'Minimal risk',
  not_applicable: 'Not applicable (not used in the EU)',
  unknown: 'Not yet determined',
};

/** Where a system is in its life; only governance moves it after creation. In lifecycle order. */
export const lifecycleStates = [
  'proposed',
  'in_review',
  'approved_for_pilot',
  'deployed',
  'monitored',
  'suspended',
  'retired',
  'declined',
] as const;
export const lifecycleState = z.enum(lifecycleStates);
export type LifecycleState = z.infer<typeof lifecycleState>;
export const lifecycleStateLabels: Record<LifecycleState, string> = {
  proposed: 'Proposed',
  in_review: 'In review',
  approved_for_pilot: 'Approved for pilot',
  deployed: 'Deployed',
  monitored: 'Monitored',
  suspended: 'Suspended',
  retired: 'Retired',
  declined: 'Declined',
};

/** The states a system may be created in: proposed, or already in use when an inventory is imported. */
export const initialStates = ['proposed', 'deployed', 'monitored'] as const;
export const initialState = z.enum(initialStates);
export type InitialState = z.infer<typeof initialState>;

/** Completeness bands of the portfolio view, by overall percentage. */
export const completenessBands = [
  'no_card',
  'under_50',
  'from_50_to_79',
  'from_80_to_99',
  'complete',
] as const;
export const completenessBand = z.enum(completenessBands);
export type CompletenessBand = z.infer<typeof completenessBand>;
