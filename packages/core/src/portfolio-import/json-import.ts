import {
  type AiSystemExportDocument,
  aiSystemCreateInput,
  aiSystemSnapshot,
} from '@vigil/contracts';
import { diffFields } from '../audit/index';
import type { Actor, CoreDeps } from '../deps';
import { DomainError } from '../errors';
import { rowToSnapshot } from '../portfolio/portfolio.mappers';
import { findSystemById } from '../portfolio/portfolio.queries';
import { checkInitialState, checkSnapshot, normaliseSnapshot } from '../portfolio/portfolio.rules';
import { indexExisting, naturalKey } from './import-plan';
import { insertCheckedSystem, updateCheckedSystem } from './import-writes';
import { listAllSystems } from './import.queries';
import { snapshotToInput, toSnapshot } from './row-validate';

export interface JsonImportOutcome {
  action: 'create' | 'update' | 'unchanged';
  systemId: string;
  name: string;
}

/**
 * Imports a system exported as JSON: updates the same system (by id, inventory id, or name,
 * developer and version) or registers it; the lifecycle state of an existing system is kept.
 * @throws DomainError validation_failed (content or owners), forbidden (registering a system in use), conflict (ambiguous match)
 */
export async function importAiSystemJson(
  deps: CoreDeps,
  actor: Actor,
  doc: AiSystemExportDocument,
): Promise<JsonImportOutcome> {
  const parsed = aiSystemCreateInput.safeParse(snapshotToInput(aiSystemSnapshot.parse(doc.system)));
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => ({
      path: `system.${i.path.join('.')}`,
      message: i.message,
    }));
    throw new DomainError(
      'validation_failed',
      `The exported system “${doc.system.name}” is not valid here`,
      { details },
    );
  }
  const content = toSnapshot(parsed.data);
  return deps.db.transaction().execute(async (trx) => {
    await checkSnapshot(trx, content);
    const existing =
      (await findSystemById(trx, doc.system.id)) ?? (await findByIdentity(trx, doc, content));
    if (!existing) {
      checkInitialState(actor, content.lifecycleState);
      return {
        action: 'create',
        systemId: await insertCheckedSystem(trx, deps, actor, content, doc.externalId),
        name: content.name,
      };
    }
    const before = rowToSnapshot(existing);
    const after = normaliseSnapshot({ ...content, lifecycleState: before.lifecycleState });
    const externalId = doc.externalId ?? existing.external_id ?? null;
    if (
      Object.keys(diffFields(before, after)).length === 0 &&
      externalId === (existing.external_id ?? null)
    ) {
      return { action: 'unchanged', systemId: existing.id, name: before.name };
    }
    await updateCheckedSystem(trx, deps, actor, existing, { after, externalId });
    return { action: 'update', systemId: existing.id, name: after.name };
  });
}

async function findByIdentity(
  trx: Parameters<typeof listAllSystems>[0],
  doc: AiSystemExportDocument,
  content: { name: string; developer: string; productVersion: string | null },
) {
  const index = indexExisting(await listAllSystems(trx));
  if (doc.externalId !== null) {
    const byId = index.byExternalId.get(doc.externalId);
    if (byId) return byId;
  }
  const matches = (
    index.byKey.get(naturalKey(content.name, content.developer, content.productVersion)) ?? []
  ).filter((s) => !s.external_id);
  if (matches.length > 1)
    throw new DomainError(
      'conflict',
      `“${content.name}” matches ${matches.length} systems already in the portfolio`,
    );
  return matches[0];
}
