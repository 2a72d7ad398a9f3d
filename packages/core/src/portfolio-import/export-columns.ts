import {
  type AiSystemDto,
  aiSystemCategoryLabels,
  aiSystemKindLabels,
  aiSystemSourceLabels,
  deploymentModeLabels,
  dsiTypeLabels,
  euAiActRiskLabels,
  fdaStatusLabels,
  lifecycleStateLabels,
} from '@vigil/contracts';
import { formatLinks } from './cell-values';

/** What a row of an export needs beyond the DTO: the inventory id and owners' emails. */
export interface ExportContext {
  externalId: string | null;
  emailOf: (userId: string | null) => string;
}

interface Column {
  header: string;
  value: (s: AiSystemDto, c: ExportContext) => string;
  width: number;
}

const list = (values: readonly string[]) => values.join('; ');
const text = (value: string | null) => value ?? '';

/**
 * The columns of a portfolio export, headed so that importing the file maps every column back
 * by itself; enums are written as their labels, which the importer reads back.
 */
export const exportColumns: readonly Column[] = [
  { header: 'Inventory ID', value: (_, c) => c.externalId ?? '', width: 14 },
  { header: 'Name', value: (s) => s.name, width: 32 },
  { header: 'Developer', value: (s) => s.developer, width: 24 },
  { header: 'Product', value: (s) => text(s.product), width: 20 },
  { header: 'Version', value: (s) => text(s.productVersion), width: 10 },
  { header: 'Source', value: (s) => aiSystemSourceLabels[s.source], width: 14 },
  { header: 'Kind', value: (s) => aiSystemKindLabels[s.kind], width: 18 },
  { header: 'Category', value: (s) => aiSystemCategoryLabels[s.category], width: 24 },
  { header: 'Departments', value: (s) => list(s.departments), width: 24 },
  { header: 'Sites', value: (s) => list(s.sites), width: 20 },
  { header: 'Intended use', value: (s) => text(s.intendedUse), width: 40 },
  { header: 'Intended users', value: (s) => text(s.intendedUsers), width: 24 },
  { header: 'Patient population', value: (s) => text(s.patientPopulation), width: 24 },
  {
    header: 'Deployment',
    value: (s) => (s.deployment ? deploymentModeLabels[s.deployment] : ''),
    width: 20,
  },
  { header: 'EHR integration', value: (s) => text(s.ehrIntegration), width: 20 },
  { header: 'HTI-1 DSI type', value: (s) => dsiTypeLabels[s.dsiType], width: 18 },
  { header: 'FDA status', value: (s) => fdaStatusLabels[s.fdaStatus], width: 22 },
  { header: 'FDA clearance number', value: (s) => text(s.fdaClearanceNumber), width: 14 },
  { header: 'IMDRF category', value: (s) => text(s.imdrfCategory), width: 10 },
  { header: 'EU AI Act risk', value: (s) => euAiActRiskLabels[s.euAiActRisk], width: 18 },
  { header: 'Clinical owner email', value: (s, c) => c.emailOf(s.clinicalOwnerId), width: 28 },
  { header: 'Technical owner email', value: (s, c) => c.emailOf(s.technicalOwnerId), width: 28 },
  {
    header: 'Executive sponsor email',
    value: (s, c) => c.emailOf(s.executiveSponsorId),
    width: 28,
  },
  { header: 'Links', value: (s) => formatLinks(s.links), width: 30 },
  { header: 'Tags', value: (s) => list(s.tags), width: 20 },
  { header: 'Lifecycle state', value: (s) => lifecycleStateLabels[s.lifecycleState], width: 16 },
  { header: 'Vigil ID', value: (s) => s.id, width: 38 },
  { header: 'Updated at', value: (s) => s.updatedAt, width: 26 },
];
