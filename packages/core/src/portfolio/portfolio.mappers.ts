import {
  type AiSystemDto,
  type AiSystemSnapshot,
  type AiSystemVersionDto,
  type SavedViewDto,
  aiSystemSnapshot,
  portfolioViewQuery,
} from '@vigil/contracts';
import { z } from 'zod';
import { searchDocument } from '../db/dialect';
import type { AiSystemVersionsTable, AiSystemsTable, SavedViewsTable } from '../db/schema';

type ContentColumns = Omit<AiSystemsTable, 'id' | 'created_at' | 'updated_at' | 'version'>;

/** The stored columns of a snapshot. */
export function snapshotToColumns(s: AiSystemSnapshot): ContentColumns {
  return {
    name: s.name,
    name_sort: searchDocument(s.name),
    developer: s.developer,
    product: s.product,
    product_version: s.productVersion,
    source: s.source,
    kind: s.kind,
    category: s.category,
    departments_json: JSON.stringify(s.departments),
    sites_json: JSON.stringify(s.sites),
    intended_use: s.intendedUse,
    intended_users: s.intendedUsers,
    patient_population: s.patientPopulation,
    deployment: s.deployment,
    ehr_integration: s.ehrIntegration,
    dsi_type: s.dsiType,
    fda_status: s.fdaStatus,
    fda_clearance_number: s.fdaClearanceNumber,
    imdrf_category: s.imdrfCategory,
    eu_ai_act_risk: s.euAiActRisk,
    lifecycle_state: s.lifecycleState,
    clinical_owner_id: s.clinicalOwnerId,
    technical_owner_id: s.technicalOwnerId,
    executive_sponsor_id: s.executiveSponsorId,
    links_json: JSON.stringify(s.links),
    tags_json: JSON.stringify(s.tags),
  };
}

/** A row's content, checked against the contract so enum columns come back typed. */
export function rowToSnapshot(row: AiSystemsTable): AiSystemSnapshot {
  return aiSystemSnapshot.parse({
    name: row.name,
    developer: row.developer,
    product: row.product,
    productVersion: row.product_version,
    source: row.source,
    kind: row.kind,
    category: row.category,
    departments: parseJson(row.departments_json),
    sites: parseJson(row.sites_json),
    intendedUse: row.intended_use,
    intendedUsers: row.intended_users,
    patientPopulation: row.patient_population,
    deployment: row.deployment,
    ehrIntegration: row.ehr_integration,
    dsiType: row.dsi_type,
    fdaStatus: row.fda_status,
    fdaClearanceNumber: row.fda_clearance_number,
    imdrfCategory: row.imdrf_category,
    euAiActRisk: row.eu_ai_act_risk,
    lifecycleState: row.lifecycle_state,
    clinicalOwnerId: row.clinical_owner_id,
    technicalOwnerId: row.technical_owner_id,
    executiveSponsorId: row.executive_sponsor_id,
    links: parseJson(row.links_json),
    tags: parseJson(row.tags_json),
  });
}

/** The clinical owner, technical owner and sponsor ids a row names. */
export function ownerIdsOf(
  row: Pick<AiSystemsTable, 'clinical_owner_id' | 'technical_owner_id' | 'executive_sponsor_id'>,
): string[] {
  return [row.clinical_owner_id, row.technical_owner_id, row.executive_sponsor_id].filter(
    (v): v is string => v !== null,
  );
}

/** The DTO, with owner names looked up in `names` (user id → display name). */
export function toAiSystemDto(
  row: AiSystemsTable,
  names: ReadonlyMap<string, string>,
): AiSystemDto {
  const s = rowToSnapshot(row);
  const nameOf = (userId: string | null) => (userId === null ? null : (names.get(userId) ?? null));
  return {
    id: row.id,
    ...s,
    clinicalOwnerName: nameOf(s.clinicalOwnerId),
    technicalOwnerName: nameOf(s.technicalOwnerId),
    executiveSponsorName: nameOf(s.executiveSponsorId),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    version: Number(row.version),
    cardCompletenessPct:
      row.card_completeness_pct === undefined || row.card_completeness_pct === null
        ? null
        : Number(row.card_completeness_pct),
  };
}

/** What full-text search finds a system by: its record and, when it has one, its model card's text (already normalised). */
export function searchDocumentOf(s: AiSystemSnapshot, cardText: string | null = null): string {
  return searchDocument(
    s.name,
    s.developer,
    s.product,
    s.intendedUse,
    s.fdaClearanceNumber,
    ...s.tags,
    cardText,
  );
}

const fieldNames = z.array(z.string());

function parseJson(text: string): unknown {
  return JSON.parse(text);
}

export function toVersionDto(row: AiSystemVersionsTable): AiSystemVersionDto {
  return {
    version: Number(row.version),
    changedAt: row.changed_at,
    changedById: row.changed_by_id,
    changedByLabel: row.changed_by_label,
    changedFields: fieldNames.parse(JSON.parse(row.changed_fields_json)),
  };
}

export function versionSnapshot(row: AiSystemVersionsTable): AiSystemSnapshot {
  return aiSystemSnapshot.parse(JSON.parse(row.snapshot_json));
}

export function toSavedViewDto(row: SavedViewsTable): SavedViewDto {
  return {
    id: row.id,
    name: row.name,
    query: portfolioViewQuery.parse(JSON.parse(row.query_json)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
