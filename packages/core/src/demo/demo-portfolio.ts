import type { AiSystemSnapshot } from '@vigil/contracts';
import { findUserIdByEmail } from '../accounts/index';
import type { Actor, CoreDeps } from '../deps';
import { insertAiSystem } from '../portfolio/portfolio.service';
import { type DemoSystem, demoSystems } from './demo-portfolio.data';

const emailDomain = 'example-health.org';

/** Registers Example Health's AI systems, in every kind, category and lifecycle state. */
export async function seedDemoPortfolio(deps: CoreDeps, actor: Actor): Promise<number> {
  const people = new Map<string, string | null>();
  const userId = async (localPart: string | undefined): Promise<string | null> => {
    if (localPart === undefined) return null;
    if (!people.has(localPart))
      people.set(localPart, (await findUserIdByEmail(deps, `${localPart}@${emailDomain}`)) ?? null);
    return people.get(localPart) ?? null;
  };
  for (const system of demoSystems) {
    const owners = {
      clinicalOwnerId: await userId(system.clinical),
      technicalOwnerId: await userId(system.technical),
      executiveSponsorId: await userId(system.sponsor),
    };
    await insertAiSystem(deps, actor, toSnapshot(system, owners));
  }
  return demoSystems.length;
}

function toSnapshot(
  s: DemoSystem,
  owners: Pick<AiSystemSnapshot, 'clinicalOwnerId' | 'technicalOwnerId' | 'executiveSponsorId'>,
): AiSystemSnapshot {
  return {
    name: s.name,
    developer: s.developer,
    product: s.product ?? null,
    productVersion: s.version ?? null,
    source: s.source,
    kind: s.kind,
    category: s.category,
    departments: s.departments,
    sites: s.sites,
    intendedUse: s.use,
    intendedUsers: s.users,
    patientPopulation: s.population,
    deployment: s.deployment,
    ehrIntegration: s.ehr ?? null,
    dsiType: s.dsi,
    fdaStatus: s.fda,
    fdaClearanceNumber: s.k ?? null,
    imdrfCategory: s.imdrf ?? null,
    euAiActRisk: s.eu ?? 'unknown',
    lifecycleState: s.state,
    ...owners,
    links: s.k === undefined ? [] : [{ label: 'FDA database entry', url: fdaLink(s.k) }],
    tags: s.tags,
  };
}

function fdaLink(number: string): string {
  const page = number.startsWith('DEN') ? 'denovo.cfm' : 'pmn.cfm';
  return `https://www.accessdata.fda.gov/scripts/cdrh/cfdocs/cfpmn/${page}?ID=${number}`;
}
