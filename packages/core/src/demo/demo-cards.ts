import { readFile } from 'node:fs/promises';
import type { ModelCard } from '@vigil/contracts';
import type { Actor, CoreDeps } from '../deps';
import { importModelCard, saveModelCard } from '../portfolio-cards/index';
import {
  deteriorationCardV1,
  deteriorationCardV2,
  noShowCard,
  opioidCard,
} from './demo-cards.data';

/** The vendor cards published with CHAI schema v0.2, and the demo system each belongs to. */
const vendorCards = [
  { file: 'Aidoc_PE-03-RT.xml', developer: 'Aidoc', product: 'BriefCase-Triage PE' },
  { file: 'OrbDoc_Voice-to-SOAP.xml', developer: 'OrbDoc', product: 'Voice-to-SOAP' },
  { file: 'Penguin-Ai_PA-SLM.xml', developer: 'Penguin Ai', product: 'PA-SLM' },
] as const;

/** Manual cards, so the completeness view shows a spread; the first system gets two versions to diff. */
const manualCards: readonly { name: string; versions: readonly (() => ModelCard)[] }[] = [
  { name: 'Clinical deterioration index', versions: [deteriorationCardV1, deteriorationCardV2] },
  { name: 'Clinic no-show prediction', versions: [noShowCard] },
  { name: 'Opioid overdose risk score', versions: [opioidCard] },
];

/** Gives Example Health's systems model cards: the three vendor cards through the importer, and a few manual ones. */
export async function seedDemoCards(deps: CoreDeps, actor: Actor): Promise<number> {
  let saved = 0;
  for (const vendor of vendorCards) {
    const xml = await readFile(
      new URL(`../model-card/schema/examples/${vendor.file}`, import.meta.url),
      'utf8',
    );
    const systemId = await findDemoSystem(deps, {
      developer: vendor.developer,
      product: vendor.product,
    });
    await importModelCard(deps, actor, {
      xml,
      filename: vendor.file,
      ...(systemId === undefined ? {} : { systemId }),
    });
    saved += 1;
  }
  for (const { name, versions } of manualCards) {
    const systemId = await findDemoSystem(deps, { name });
    if (systemId === undefined) continue;
    for (const [index, card] of versions.entries()) {
      await saveModelCard(deps, actor, systemId, { card: card(), basedOnVersion: index });
      saved += 1;
    }
  }
  return saved;
}

async function findDemoSystem(
  deps: CoreDeps,
  match: { name?: string; developer?: string; product?: string },
): Promise<string | undefined> {
  const row = await deps.db
    .selectFrom('ai_systems')
    .select('id')
    .$if(match.name !== undefined, (q) => q.where('name', '=', match.name ?? ''))
    .$if(match.developer !== undefined, (q) => q.where('developer', '=', match.developer ?? ''))
    .$if(match.product !== undefined, (q) => q.where('product', '=', match.product ?? ''))
    .executeTakeFirst();
  return row?.id;
}
