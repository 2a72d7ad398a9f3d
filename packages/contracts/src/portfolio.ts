import { z } from 'zod';
import { riskTiers } from './governance-enums';
import { fieldChange } from './audit';
import { id, isoTimestamp, limits, pageQuery } from './common';
import {
  aiSystemCategory,
  aiSystemKind,
  aiSystemSource,
  completenessBand,
  deploymentMode,
  dsiType,
  euAiActRisk,
  fdaStatus,
  imdrfCategory,
  initialState,
  lifecycleState,
} from './portfolio-enums';

export const portfolioLimits = {
  textMaxLength: 4000,
  shortTextMaxLength: 200,
  listMaxItems: 50,
  tagMaxLength: 60,
  searchMaxLength: 200,
  viewNameMaxLength: 100,
} as const;

const name = z.string().trim().min(1, 'must not be empty').max(limits.nameMaxLength);
const shortText = z.string().trim().max(portfolioLimits.shortTextMaxLength);
const longText = z.string().trim().max(portfolioLimits.textMaxLength);
const label = z.string().trim().min(1, 'must not be empty').max(portfolioLimits.shortTextMaxLength);
const labelList = z.array(label).max(portfolioLimits.listMaxItems);
const tag = z.string().trim().min(1, 'must not be empty').max(portfolioLimits.tagMaxLength);
const clearanceNumber = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{1,3}\d{6}$/, 'must look like K241727, DEN200022 or P170019');

export const aiSystemLink = z.object({
  label,
  url: z.url({ protocol: /^https?$/, error: 'must be an http(s) address' }).max(2000),
});
export type AiSystemLink = z.infer<typeof aiSystemLink>;

/** The recorded content of a system: what each saved version snapshots and what a diff compares. */
export const aiSystemSnapshot = z.object({
  name: z.string(),
  developer: z.string(),
  product: z.string().nullable(),
  productVersion: z.string().nullable(),
  source: aiSystemSource,
  kind: aiSystemKind,
  category: aiSystemCategory,
  departments: z.array(z.string()),
  sites: z.array(z.string()),
  intendedUse: z.string().nullable(),
  intendedUsers: z.string().nullable(),
  patientPopulation: z.string().nullable(),
  deployment: deploymentMode.nullable(),
  ehrIntegration: z.string().nullable(),
  dsiType,
  fdaStatus,
  fdaClearanceNumber: z.string().nullable(),
  imdrfCategory: imdrfCategory.nullable(),
  euAiActRisk,
  lifecycleState,
  clinicalOwnerId: id.nullable(),
  technicalOwnerId: id.nullable(),
  executiveSponsorId: id.nullable(),
  links: z.array(aiSystemLink),
  tags: z.array(z.string()),
});
export type AiSystemSnapshot = z.infer<typeof aiSystemSnapshot>;

export const aiSystemDto = aiSystemSnapshot.extend({
  id,
  clinicalOwnerName: z.string().nullable().describe('Display name of the clinical owner'),
  technicalOwnerName: z.string().nullable(),
  executiveSponsorName: z.string().nullable(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
  version: z.number().int(),
  cardCompletenessPct: z
    .number()
    .min(0)
    .max(100)
    .nullable()
    .describe(
      'Overall transparency completeness of the current model card for the assessed DSI type; null without a card',
    ),
});
export type AiSystemDto = z.infer<typeof aiSystemDto>;

const editableFields = {
  name,
  developer: name,
  product: shortText.nullable(),
  productVersion: shortText.nullable(),
  source: aiSystemSource,
  kind: aiSystemKind,
  category: aiSystemCategory,
  departments: labelList,
  sites: labelList,
  intendedUse: longText.nullable(),
  intendedUsers: longText.nullable(),
  patientPopulation: longText.nullable(),
  deployment: deploymentMode.nullable(),
  ehrIntegration: shortText.nullable(),
  dsiType,
  fdaStatus,
  fdaClearanceNumber: clearanceNumber.nullable(),
  imdrfCategory: imdrfCategory.nullable(),
  euAiActRisk,
  clinicalOwnerId: id.nullable(),
  technicalOwnerId: id.nullable(),
  executiveSponsorId: id.nullable(),
  links: z.array(aiSystemLink).max(portfolioLimits.listMaxItems),
  tags: z.array(tag).max(portfolioLimits.listMaxItems),
};

export const aiSystemCreateInput = z
  .object({
    ...editableFields,
    product: editableFields.product.default(null),
    productVersion: editableFields.productVersion.default(null),
    departments: editableFields.departments.default([]),
    sites: editableFields.sites.default([]),
    intendedUse: editableFields.intendedUse.default(null),
    intendedUsers: editableFields.intendedUsers.default(null),
    patientPopulation: editableFields.patientPopulation.default(null),
    deployment: editableFields.deployment.default(null),
    ehrIntegration: editableFields.ehrIntegration.default(null),
    dsiType: dsiType.default('unknown'),
    fdaStatus: fdaStatus.default('unknown'),
    fdaClearanceNumber: editableFields.fdaClearanceNumber.default(null),
    imdrfCategory: editableFields.imdrfCategory.default(null),
    euAiActRisk: euAiActRisk.default('unknown'),
    clinicalOwnerId: editableFields.clinicalOwnerId.default(null),
    technicalOwnerId: editableFields.technicalOwnerId.default(null),
    executiveSponsorId: editableFields.executiveSponsorId.default(null),
    links: editableFields.links.default([]),
    tags: editableFields.tags.default([]),
    initialState: initialState
      .default('proposed')
      .describe(
        'Deployed or monitored records a system already in use (admin or CAIO only); later changes of state go through governance',
      ),
  })
  .strict();
export type AiSystemCreateInput = z.infer<typeof aiSystemCreateInput>;

/** Every editable field, optional; the lifecycle state is not among them. */
export const aiSystemUpdateInput = z
  .object({
    version: z.number().int().describe('The version you read; a stale version gets 409'),
    ...z.object(editableFields).partial().shape,
  })
  .strict();
export type AiSystemUpdateInput = z.infer<typeof aiSystemUpdateInput>;

export const portfolioSorts = ['name', 'updatedAt', 'state', 'completeness'] as const;

/** Filters and order of a portfolio list: what a saved view remembers. */
/** A portfolio filter on the risk tier in force; `not_tiered` finds systems never tiered. */
export const tierFilters = [...riskTiers, 'not_tiered'] as const;
export const tierFilter = z.enum(tierFilters);
export type TierFilter = z.infer<typeof tierFilter>;

export const portfolioViewQuery = z
  .object({
    q: z
      .string()
      .trim()
      .max(portfolioLimits.searchMaxLength)
      .optional()
      .describe('Words to find; each matches as a prefix, all must match'),
    state: lifecycleState.optional(),
    kind: aiSystemKind.optional(),
    category: aiSystemCategory.optional(),
    department: label.optional(),
    site: label.optional(),
    developer: label.optional(),
    fdaStatus: fdaStatus.optional(),
    completeness: completenessBand
      .optional()
      .describe('Model-card completeness band: no card, under 50%, 50–79%, 80–99% or complete'),
    tier: tierFilter
      .optional()
      .describe('Risk tier in force (the newest tiering, its override winning), or not_tiered'),
    sort: z
      .enum(portfolioSorts)
      .optional()
      .describe('Default name; completeness puts systems without a card last either way'),
    order: z
      .enum(['asc', 'desc'])
      .optional()
      .describe('Default ascending, newest first for updatedAt'),
  })
  .strict();
export type PortfolioViewQuery = z.infer<typeof portfolioViewQuery>;

export const portfolioListQuery = pageQuery.extend(portfolioViewQuery.shape).strict();
export type PortfolioListQuery = z.infer<typeof portfolioListQuery>;

export const aiSystemVersionDto = z.object({
  version: z.number().int(),
  changedAt: isoTimestamp,
  changedById: z.string().nullable(),
  changedByLabel: z.string().describe('Who saved it, as known at the time'),
  changedFields: z.array(z.string()),
});
export type AiSystemVersionDto = z.infer<typeof aiSystemVersionDto>;

export const aiSystemVersionSnapshotDto = aiSystemVersionDto.extend({
  systemId: id,
  snapshot: aiSystemSnapshot,
});
export type AiSystemVersionSnapshotDto = z.infer<typeof aiSystemVersionSnapshotDto>;

export const aiSystemDiffQuery = z
  .object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) })
  .strict();
export type AiSystemDiffQuery = z.infer<typeof aiSystemDiffQuery>;

export const aiSystemDiffDto = z.object({
  systemId: id,
  from: z.number().int(),
  to: z.number().int(),
  changes: z.record(z.string(), fieldChange),
});
export type AiSystemDiffDto = z.infer<typeof aiSystemDiffDto>;

export const savedViewDto = z.object({
  id,
  name: z.string(),
  query: portfolioViewQuery,
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
});
export type SavedViewDto = z.infer<typeof savedViewDto>;

const viewName = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(portfolioLimits.viewNameMaxLength);
export const savedViewCreateInput = z
  .object({ name: viewName, query: portfolioViewQuery })
  .strict();
export type SavedViewCreateInput = z.infer<typeof savedViewCreateInput>;
export const savedViewUpdateInput = z
  .object({ name: viewName.optional(), query: portfolioViewQuery.optional() })
  .strict();
export type SavedViewUpdateInput = z.infer<typeof savedViewUpdateInput>;

export const aiSystemVersionParams = z
  .object({ id, version: z.coerce.number().int().min(1) })
  .strict();

export const facetCount = z.object({ value: z.string(), count: z.number().int() });
export type FacetCount = z.infer<typeof facetCount>;

/** Filter values with how many systems carry each, over the systems matching the query. */
export const portfolioFacets = z.object({
  total: z.number().int(),
  states: z.array(facetCount),
  kinds: z.array(facetCount),
  categories: z.array(facetCount),
  developers: z.array(facetCount),
  departments: z.array(facetCount),
  sites: z.array(facetCount),
  fdaStatuses: z.array(facetCount),
});
export type PortfolioFacets = z.infer<typeof portfolioFacets>;

export const portfolioFacetsQuery = portfolioViewQuery.omit({ sort: true, order: true }).strict();
export type PortfolioFacetsQuery = z.infer<typeof portfolioFacetsQuery>;
