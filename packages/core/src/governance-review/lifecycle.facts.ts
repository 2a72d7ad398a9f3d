import {
  type GovernanceArtefact,
  artefactDocumentKinds,
  decisionOutcome,
  governanceArtefacts,
} from '@vigil/contracts';
import type { AiSystemsTable } from '../db/schema';
import type { Db } from '../deps';
import { storedCompletenessOf } from '../portfolio-cards/portfolio-cards.mappers';
import * as dq from './lifecycle.queries';
import type { GateFacts } from './lifecycle.rules';
import { findOpenReview } from './review.queries';
import { effectiveTierOf } from './review.tier';

/**
 * Which governance artefacts a system has: its record (intended use, owners), a model card whose
 * predictive HTI-1 source attributes are all present, and documents attached as artefacts.
 */
export async function presentArtefactsOf(
  db: Db,
  system: AiSystemsTable,
): Promise<Set<GovernanceArtefact>> {
  const present = new Set<GovernanceArtefact>();
  if ((system.intended_use ?? '').trim() !== '') present.add('intended_use');
  if (system.clinical_owner_id !== null && system.technical_owner_id !== null)
    present.add('named_owners');
  const completeness = await dq.latestCardCompleteness(db, system.id);
  if (completeness !== null) {
    present.add('model_card');
    if (storedCompletenessOf(completeness).predictive.hti1 >= 100)
      present.add('hti1_source_attributes');
  }
  for (const kind of await dq.artefactDocumentKindsOf(db, system.id)) {
    const artefact = artefactDocumentKinds.find((k) => k === kind);
    if (artefact) present.add(artefact);
  }
  return new Set(governanceArtefacts.filter((a) => present.has(a)));
}

/** Everything the lifecycle gates look at, for one system as it is now. */
export async function loadGateFacts(db: Db, system: AiSystemsTable): Promise<GateFacts> {
  const [openReview, outcome, open, tier, present, suspendedAt] = await Promise.all([
    findOpenReview(db, system.id),
    dq.latestRoundOutcome(db, system.id),
    dq.openConditionCounts(db, system.id),
    effectiveTierOf(db, system.id),
    presentArtefactsOf(db, system),
    dq.lastSuspendedAt(db, system.id),
  ]);
  const parsed = decisionOutcome.safeParse(outcome);
  return {
    hasOpenReview: openReview !== undefined,
    latestRoundOutcome: parsed.success ? parsed.data : null,
    openConditions: { deployed: open.get('deployed') ?? 0, monitored: open.get('monitored') ?? 0 },
    hasTier: tier !== null,
    requiredArtefacts: tier?.consequences.requiredArtefacts ?? [],
    presentArtefacts: present,
    hasTechnicalOwner: system.technical_owner_id !== null,
    suspendedAt,
    approvalsSinceSuspension:
      suspendedAt === null ? 0 : await dq.approvalsSince(db, system.id, suspendedAt),
  };
}
