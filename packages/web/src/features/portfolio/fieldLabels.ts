import type { AiSystemSnapshot } from '@vigil/contracts';

/** How each recorded field of a system is named in history and diffs. */
export const systemFieldLabels: Record<keyof AiSystemSnapshot, string> = {
  name: 'Name',
  developer: 'Developer',
  product: 'Product',
  productVersion: 'Product version',
  source: 'Source',
  kind: 'Kind',
  category: 'Category',
  departments: 'Departments',
  sites: 'Sites',
  intendedUse: 'Intended use',
  intendedUsers: 'Intended users',
  patientPopulation: 'Patient population',
  deployment: 'Deployment',
  ehrIntegration: 'EHR integration',
  dsiType: 'HTI-1 DSI type',
  fdaStatus: 'FDA status',
  fdaClearanceNumber: 'FDA clearance number',
  imdrfCategory: 'IMDRF category',
  euAiActRisk: 'EU AI Act risk',
  lifecycleState: 'State',
  clinicalOwnerId: 'Clinical owner',
  technicalOwnerId: 'Technical owner',
  executiveSponsorId: 'Executive sponsor',
  links: 'Links',
  tags: 'Tags',
};

export function fieldLabel(field: string): string {
  return field in systemFieldLabels ? systemFieldLabels[field as keyof AiSystemSnapshot] : field;
}
