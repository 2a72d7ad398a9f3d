import {
  type CompletenessBand,
  type DsiType,
  type Hti1DsiType,
  type ModelCard,
  type ModelCardDto,
  type ModelCardVersionDto,
  hti1DsiTypes,
  modelCard,
  modelCardSource,
} from '@vigil/contracts';
import { z } from 'zod';
import { searchDocument } from '../db/dialect';
import type { ModelCardsTable } from '../db/schema';
import { assessModelCardCompleteness } from '../model-card/index';

type VersionColumns = Pick<
  ModelCardsTable,
  | 'system_id'
  | 'card_version'
  | 'source'
  | 'source_filename'
  | 'created_by_id'
  | 'created_by_label'
  | 'created_at'
>;

/**
 * The HTI-1 attribute set a system's card is assessed against. Systems that are not (or not yet
 * known to be) a DSI are assessed as predictive, the stricter set, and the DTO says so.
 */
export function assessedDsiType(dsiType: DsiType): {
  assessedAs: Hti1DsiType;
  dsiTypeAssumed: boolean;
} {
  if (dsiType === 'evidence_based' || dsiType === 'predictive')
    return { assessedAs: dsiType, dsiTypeAssumed: false };
  return { assessedAs: 'predictive', dsiTypeAssumed: true };
}

export function toCardVersionDto(row: VersionColumns): ModelCardVersionDto {
  return {
    systemId: row.system_id,
    cardVersion: Number(row.card_version),
    source: modelCardSource.parse(row.source),
    sourceFilename: row.source_filename,
    createdById: row.created_by_id,
    createdByLabel: row.created_by_label,
    createdAt: row.created_at,
  };
}

export function cardOf(row: Pick<ModelCardsTable, 'card_json'>): ModelCard {
  return modelCard.parse(JSON.parse(row.card_json));
}

/** The DTO of a stored version, assessed for the system's current DSI type. */
export function toCardDto(row: ModelCardsTable, dsiType: DsiType): ModelCardDto {
  const card = cardOf(row);
  const { assessedAs, dsiTypeAssumed } = assessedDsiType(dsiType);
  return {
    ...toCardVersionDto(row),
    card,
    completeness: assessModelCardCompleteness(card, assessedAs),
    dsiTypeAssumed,
  };
}

/** What search finds a system by in its card: name, developer, summary, keywords and intended use. */
export function cardSearchText(card: ModelCard): string {
  return searchDocument(
    card.basicInfo.modelName,
    card.basicInfo.modelDeveloper,
    card.modelSummary.summary,
    ...card.modelSummary.keywords,
    card.usesAndDirections.intendedUseAndWorkflow,
  );
}

const percents = z.object({ overall: z.number(), chai: z.number(), hti1: z.number() });
const storedCompleteness = z.object({ predictive: percents, evidence_based: percents });
export type StoredCompleteness = z.infer<typeof storedCompleteness>;

/** The percentages of a card for both HTI-1 DSI types, stored so the portfolio view need not parse cards. */
export function completenessToStore(card: ModelCard): string {
  const entries = hti1DsiTypes.map((type) => {
    const c = assessModelCardCompleteness(card, type);
    return [
      type,
      { overall: c.overall.percent, chai: c.chai.percent, hti1: c.hti1.percent },
    ] as const;
  });
  return JSON.stringify(Object.fromEntries(entries));
}

export function storedCompletenessOf(json: string): StoredCompleteness {
  return storedCompleteness.parse(JSON.parse(json));
}

/** The overall percentage of a card's stored tallies for the DSI type its system is assessed as. */
export function overallCompletenessOf(completenessJson: string, dsiType: DsiType): number {
  return storedCompletenessOf(completenessJson)[assessedDsiType(dsiType).assessedAs].overall;
}

/** The band of an overall percentage (null: no card). */
export function bandOf(overall: number | null): CompletenessBand {
  if (overall === null) return 'no_card';
  if (overall >= 100) return 'complete';
  if (overall >= 80) return 'from_80_to_99';
  if (overall >= 50) return 'from_50_to_79';
  return 'under_50';
}
