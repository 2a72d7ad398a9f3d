import { z } from 'zod';
import { id, isoTimestamp } from './common';
import { hti1DsiType } from './hti1';
import {
  modelCard,
  modelCardCompleteness,
  modelCardDiffEntry,
  modelCardLimits,
} from './model-card';
import { aiSystemDto, portfolioViewQuery } from './portfolio';
import { completenessBand, dsiType, lifecycleState } from './portfolio-enums';

/** How a card version came in: a vendor's CHAI XML, or edited in Vigil. */
export const modelCardSources = ['chai_xml_import', 'manual'] as const;
export const modelCardSource = z.enum(modelCardSources);
export type ModelCardSource = z.infer<typeof modelCardSource>;

/** The request body limit of the import route: the largest card plus JSON escaping headroom. */
export const modelCardImportBodyLimitBytes = 6 * 1024 * 1024;

export const modelCardVersionParams = z
  .object({ id, cardVersion: z.coerce.number().int().min(1) })
  .strict();
export type ModelCardVersionParams = z.infer<typeof modelCardVersionParams>;

export const modelCardVersionDto = z.object({
  systemId: id,
  cardVersion: z.number().int(),
  source: modelCardSource,
  sourceFilename: z.string().nullable(),
  createdById: z.string().nullable(),
  createdByLabel: z.string().describe('Who saved or imported it, as known at the time'),
  createdAt: isoTimestamp,
});
export type ModelCardVersionDto = z.infer<typeof modelCardVersionDto>;

export const modelCardDto = modelCardVersionDto.extend({
  card: modelCard,
  completeness: modelCardCompleteness,
  dsiTypeAssumed: z
    .boolean()
    .describe(
      'True when the system’s DSI type is neither evidence-based nor predictive, so the card is assessed as predictive (31 attributes)',
    ),
});
export type ModelCardDto = z.infer<typeof modelCardDto>;

export const modelCardSaveInput = z
  .object({
    card: modelCard,
    basedOnVersion: z
      .number()
      .int()
      .min(0)
      .describe(
        'The card version you edited, 0 when the system has none yet; a stale version gets 409',
      ),
  })
  .strict();
export type ModelCardSaveInput = z.infer<typeof modelCardSaveInput>;

export const modelCardDiffQuery = z
  .object({ from: z.coerce.number().int().min(1), to: z.coerce.number().int().min(1) })
  .strict();
export type ModelCardDiffQuery = z.infer<typeof modelCardDiffQuery>;

export const modelCardDiffDto = z.object({
  systemId: id,
  from: z.number().int(),
  to: z.number().int(),
  changes: z.array(modelCardDiffEntry),
});
export type ModelCardDiffDto = z.infer<typeof modelCardDiffDto>;

export const modelCardImportInput = z
  .object({
    xml: z
      .string()
      .min(1, 'must not be empty')
      .describe(
        `A CHAI Applied Model Card v0.2 XML instance, at most ${modelCardLimits.xmlMaxBytes} bytes`,
      ),
    systemId: id
      .optional()
      .describe(
        'Add the card as a new version of this system; without it a new system is registered from the card',
      ),
    filename: z.string().trim().min(1).max(255).optional(),
  })
  .strict();
export type ModelCardImportInput = z.infer<typeof modelCardImportInput>;

export const modelCardImportResult = z.object({
  createdSystem: z.boolean(),
  system: aiSystemDto,
  card: modelCardDto,
});
export type ModelCardImportResult = z.infer<typeof modelCardImportResult>;

const percent = z.number().min(0).max(100);

export const systemCompletenessDto = z.object({
  systemId: id,
  name: z.string(),
  developer: z.string(),
  lifecycleState,
  dsiType,
  assessedAs: hti1DsiType,
  dsiTypeAssumed: z.boolean(),
  cardVersion: z.number().int().nullable().describe('Null when the system has no card yet'),
  overall: percent.nullable(),
  chai: percent.nullable(),
  hti1: percent.nullable(),
  band: completenessBand,
});
export type SystemCompletenessDto = z.infer<typeof systemCompletenessDto>;

export const portfolioCompletenessQuery = portfolioViewQuery
  .omit({ sort: true, order: true })
  .strict();
export type PortfolioCompletenessQuery = z.infer<typeof portfolioCompletenessQuery>;

export const portfolioCompletenessDto = z.object({
  systems: z
    .array(systemCompletenessDto)
    .describe('Least complete first; systems without a card lead'),
  bands: z.record(completenessBand, z.number().int()),
  total: z.number().int(),
  withCard: z.number().int(),
});
export type PortfolioCompletenessDto = z.infer<typeof portfolioCompletenessDto>;
