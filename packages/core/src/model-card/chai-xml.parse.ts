import { modelCard, type ModelCard } from '@vigil/contracts';
import { DSIG_NS } from './chai-xml.constants';
import { loadChaiXml } from './chai-xml.dom';
import { invalidCard } from './chai-xml.errors';
import { readHti1 } from './chai-xml.hti1';
import { childrenOf, mapDefined, textOf } from './chai-xml.reader';
import {
  readBasicInfo,
  readKeyMetrics,
  readModelSummary,
  readReleaseInfo,
  readResources,
  readTrustIngredients,
  readUsesAndDirections,
  readWarnings,
} from './chai-xml.sections';
import { readSignatureXml } from './chai-xml.signature';

/**
 * Read a CHAI Applied Model Card v0.2 XML instance into a `ModelCard`, keeping every field exactly
 * as written. It checks structure as it reads; run `validateChaiXml` first to check the full schema.
 * @throws payload_too_large when the file is over the size limit
 * @throws validation_failed when the file is not a well-formed v0.2 card, naming element and line
 */
export function parseChaiXml(xml: string): ModelCard {
  const { root, text } = loadChaiXml(xml);
  const c = childrenOf(root);
  const card = {
    basicInfo: readBasicInfo(c.required('BasicInfo')),
    releaseInfo: readReleaseInfo(c.required('ReleaseInfo')),
    modelSummary: readModelSummary(c.required('ModelSummary')),
    usesAndDirections: readUsesAndDirections(c.required('UsesAndDirections')),
    warnings: readWarnings(c.required('Warnings')),
    trustIngredients: readTrustIngredients(c.required('TrustIngredients')),
    keyMetrics: readKeyMetrics(c.required('KeyMetrics')),
    resources: readResources(c.required('Resources')),
    bibliography: textOf(c.required('Bibliography')),
    signature: mapDefined(c.optional('Signature', DSIG_NS), (el) => readSignatureXml(el, text)),
    hti1: readHti1(root),
  };
  c.end();
  return toContract(card);
}

function toContract(raw: unknown): ModelCard {
  const parsed = modelCard.safeParse(dropUndefined(raw));
  if (parsed.success) return parsed.data;
  throw invalidCard(
    'The model card is not valid',
    parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message })),
  );
}

/** Optional elements the file leaves out become absent keys, not keys holding undefined. */
function dropUndefined(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(dropUndefined);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, dropUndefined(v)]),
  );
}
